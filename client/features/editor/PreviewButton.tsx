import { useTranslation } from 'react-i18next';
/**
 * Opens the story as readers will see it (`/preview/:id`, staff only) in a new
 * tab, after the text typed so far has reached the server. The tab is opened at
 * the click, so no popup blocker stops it, and pointed at the preview once saved.
 */
export function PreviewButton({
  articleId,
  saveFirst,
}: {
  articleId: string;
  saveFirst: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const open = async () => {
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    await saveFirst().catch(() => {});
    const url = `/preview/${articleId}`;
    if (tab) tab.location.href = url;
    else window.location.href = url;
  };
  return (
    <button type="button" title={t('editor.previewTitle')} onClick={() => void open()}>
      {t('editor.preview')}
    </button>
  );
}
