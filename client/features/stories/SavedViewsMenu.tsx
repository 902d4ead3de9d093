import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedViewState } from '../../../shared/stories/schemas';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { CloseIcon } from '../../components/icons';
import { useTRPC } from '../../lib/trpc';
import { EMPTY_STATE, effectiveSort, type ListState } from './url-state';

function toSaved(state: ListState): SavedViewState {
  const { sort, dir } = effectiveSort(state);
  return {
    q: state.q,
    view: state.view,
    status: state.status,
    sectionId: state.sectionId,
    authorId: state.authorId,
    tag: state.tag,
    dateField: state.dateField,
    from: null,
    to: null,
    hasImage: state.hasImage,
    sort,
    dir,
  };
}

function fromSaved(saved: Partial<SavedViewState>): ListState {
  return { ...EMPTY_STATE, ...saved, from: null, to: null } as ListState;
}

/** The user's saved views and the ones colleagues shared; save the current filters as a new one. */
export function SavedViewsMenu({ state, onApply }: { state: ListState; onApply: (next: ListState) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const views = useQuery(trpc.stories.savedViews.queryOptions());
  const refresh = {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.stories.savedViews.pathKey() }),
  };
  const create = useMutation(trpc.stories.createView.mutationOptions(refresh));
  const remove = useMutation(trpc.stories.deleteView.mutationOptions(refresh));
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  return (
    <details className="saved-views">
      <summary>{t('stories.saved.menu')}</summary>
      <ul className="link-list">
        {views.data?.length === 0 && <li className="muted">{t('stories.saved.none')}</li>}
        {views.data?.map((v) => (
          <li key={v.id}>
            <button
              type="button"
              className="link-button"
              onClick={() => onApply(fromSaved(v.state as SavedViewState))}
            >
              {v.name}
            </button>
            {v.shared && (
              <small className="muted">
                {' '}
                {v.ownerId === user.id
                  ? t('stories.saved.sharedByYou')
                  : t('stories.saved.sharedBy', { name: v.ownerName })}
              </small>
            )}
            {v.ownerId === user.id && (
              <button
                type="button"
                className="link-button"
                aria-label={t('stories.saved.deleteView', { name: v.name })}
                onClick={() => remove.mutate({ id: v.id })}
              >
                <CloseIcon />
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ name, shared, state: toSaved(state) }, { onSuccess: () => setName('') });
        }}
      >
        <input
          aria-label={t('stories.saved.nameLabel')}
          placeholder={t('stories.saved.namePlaceholder')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <label>
          <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />{' '}
          {t('stories.saved.share')}
        </label>
        <button type="submit" disabled={!name.trim() || create.isPending}>
          {t('stories.saved.save')}
        </button>
      </form>
      <ErrorBanner error={create.error ?? remove.error} />
    </details>
  );
}
