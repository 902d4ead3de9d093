import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ALT_LENGTH } from '../../../shared/media/limits';
import type { MediaItem } from '../../../shared/media/types';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { onBijoyPaste } from '../../lib/bijoy-paste';
import { useLiveEvent } from '../../lib/live';
import { useTRPC } from '../../lib/trpc';

type Texts = Pick<MediaItem, 'alt' | 'caption' | 'credit'>;

/**
 * The lead image's alt text, library caption and credit, edited in place and saved to
 * the media record (the same procedure and rights as the library). On save, or when
 * anyone changes the image elsewhere, the library, this box and the checklist reload.
 */
export function LeadImageDetails({ item, readOnly }: { item: MediaItem; readOnly: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { can } = useSession();
  const editable = can('media.edit') && !readOnly;
  const [draft, setDraft] = useState<Texts>({ alt: item.alt, caption: item.caption, credit: item.credit });
  // A change saved elsewhere replaces what is shown, unless it is being edited here.
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (!touched) setDraft({ alt: item.alt, caption: item.caption, credit: item.credit });
  }, [item.alt, item.caption, item.credit, touched]);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.media.pathKey() }),
      queryClient.invalidateQueries(trpc.workflow.checklist.pathFilter()),
    ]);
  useLiveEvent((event) => {
    if (event.type === 'media.changed' && event.mediaId === item.id) void refresh();
  });
  const save = useMutation(
    trpc.media.update.mutationOptions({
      onSuccess: async () => {
        setTouched(false);
        await refresh();
      },
    }),
  );
  const set = (patch: Partial<Texts>) => {
    setTouched(true);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const changed = draft.alt !== item.alt || draft.caption !== item.caption || draft.credit !== item.credit;

  return (
    <form
      className="lead-image-details"
      aria-label={t('images.details')}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ id: item.id, ...draft });
      }}
    >
      <label>
        {t('images.alt')}
        <input
          value={draft.alt}
          readOnly={!editable}
          maxLength={MAX_ALT_LENGTH}
          aria-invalid={draft.alt.trim() ? undefined : true}
          onChange={(event) => set({ alt: event.target.value })}
        />
      </label>
      <label>
        {t('images.libraryCaption')}
        <input
          value={draft.caption}
          readOnly={!editable}
          onChange={(event) => set({ caption: event.target.value })}
          onPaste={onBijoyPaste}
        />
      </label>
      <label>
        {t('images.credit')}
        <input
          value={draft.credit}
          readOnly={!editable}
          placeholder="সংগৃহীত"
          onChange={(event) => set({ credit: event.target.value })}
          onPaste={onBijoyPaste}
        />
      </label>
      {editable ? (
        <p className="actions">
          <button type="submit" disabled={!changed || save.isPending}>
            {save.isPending ? t('images.saving') : t('images.saveToLibrary')}
          </button>
          {save.isSuccess && !changed && <span className="success">{t('images.savedToLibrary')}</span>}
        </p>
      ) : (
        !readOnly && <p className="muted">{t('images.libraryOnly')}</p>
      )}
      <ErrorBanner error={save.error} />
    </form>
  );
}
