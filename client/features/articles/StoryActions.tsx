import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';

/** Duplicate and move-to-bin for an open story. */
export function StoryActions({
  articleId,
  status,
  beforeLeave,
}: {
  articleId: string;
  status: string;
  beforeLeave: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { can } = useSession();
  const [, navigate] = useLocation();
  const duplicate = useMutation(trpc.articles.duplicate.mutationOptions());
  const remove = useMutation(trpc.articles.delete.mutationOptions());
  const live = status === 'published' || status === 'scheduled';
  return (
    <div className="story-actions">
      {can('articles.create') && (
        <button
          type="button"
          disabled={duplicate.isPending}
          onClick={async () => {
            await beforeLeave();
            duplicate.mutate({ id: articleId }, { onSuccess: ({ id }) => navigate(`/stories/${id}`) });
          }}
        >
          {t('articles.duplicate')}
        </button>
      )}
      {can('articles.delete') && (!live || can('articles.unpublish')) && (
        <button
          type="button"
          disabled={remove.isPending}
          onClick={async () => {
            if (!window.confirm(live ? t('articles.confirmBinLive') : t('articles.confirmBin'))) return;
            await beforeLeave();
            remove.mutate({ id: articleId }, { onSuccess: () => navigate('/bin') });
          }}
        >
          {t('articles.moveToBin')}
        </button>
      )}
      <ErrorBanner error={duplicate.error ?? remove.error} />
    </div>
  );
}
