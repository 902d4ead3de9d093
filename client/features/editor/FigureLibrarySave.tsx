import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { userMessageOf } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';

/**
 * A figure's alt text, caption and credit belong to this story; this button also writes
 * them to the image's library record (the library's procedure and rights), so the next
 * story that uses the picture starts from them.
 */
export function FigureLibrarySave({
  mediaId,
  texts,
}: {
  mediaId: string | null;
  texts: { alt: string; caption: string; credit: string };
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { can } = useSession();
  const save = useMutation(
    trpc.media.update.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.media.pathKey() }),
    }),
  );
  if (!mediaId || !can('media.edit')) return null;
  return (
    <span className="figure-library-save">
      <button type="button" disabled={save.isPending} onClick={() => save.mutate({ id: mediaId, ...texts })}>
        {save.isPending ? t('images.saving') : t('images.saveToLibrary')}
      </button>
      <span aria-live="polite" className={save.isError ? 'field-error' : 'success'}>
        {save.isError ? userMessageOf(save.error) : save.isSuccess ? t('images.savedToLibrary') : ''}
      </span>
    </span>
  );
}
