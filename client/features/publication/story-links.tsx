import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storyPath } from '../../../shared/articles/paths';
import { useSessionQuery } from '../../app/session';

/** The public address of a story: PUBLIC_ORIGIN when configured, else this server. */
export function usePublicUrl(): (id: string, slug: string) => string {
  const session = useSessionQuery();
  const origin = session.data?.publicOrigin ?? window.location.origin;
  return (id, slug) => origin + storyPath(id, slug);
}

/** "View on site" and "Copy link" for a live story: in the editor, the story list and notifications. */
export function LiveLinks({ id, slug, compact = false }: { id: string; slug: string; compact?: boolean }) {
  const { t } = useTranslation();
  const url = usePublicUrl()(id, slug);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      // No clipboard (an insecure origin): the link stays visible to copy by hand.
      window.prompt(t('publication.links.prompt'), url);
    }
  };
  return (
    <span className="live-links">
      <a href={url} target="_blank" rel="noopener">
        {compact ? t('publication.links.view') : t('publication.links.viewOnSite')}
      </a>
      <button type="button" className="link-button" onClick={() => void copy()}>
        {copied
          ? t('publication.links.copied')
          : compact
            ? t('publication.links.copyLink')
            : t('publication.links.copyPermalink')}
      </button>
    </span>
  );
}
