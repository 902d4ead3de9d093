import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RELATED_MAX } from '../../../shared/related/schemas';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import './related.css';
import { SortableRelatedItem } from './SortableRelatedItem';
import { StoryPicker } from './StoryPicker';
import { Suggestions } from './Suggestions';

/**
 * The related-stories list of a story, for the editor's side panel: add by
 * searching or from suggestions, reorder by dragging (or with the keyboard:
 * Space on a handle, arrows, Space again), remove. Each shows whether readers
 * can see it: only published ones appear on the public page, in this order.
 */
export function RelatedPanel({ articleId }: { articleId: string }) {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { can } = useSession();
  const canManage = can('related.manage');
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const moved = useRef(false);

  const listOptions = trpc.related.list.queryOptions({ id: articleId });
  const list = useQuery(listOptions);
  const items = list.data ?? [];
  const setList = (data: typeof items) => queryClient.setQueryData(listOptions.queryKey, data);
  const refreshSuggestions = () => queryClient.invalidateQueries(trpc.related.suggestions.pathFilter());

  const add = useMutation(
    trpc.related.add.mutationOptions({
      onSuccess: (data) => {
        setList(data);
        void refreshSuggestions();
      },
    }),
  );
  const remove = useMutation(
    trpc.related.remove.mutationOptions({
      onSuccess: (data) => {
        setList(data);
        void refreshSuggestions();
      },
    }),
  );
  const reorder = useMutation(
    trpc.related.reorder.mutationOptions({
      onSuccess: setList,
      onError: () => queryClient.invalidateQueries(listOptions),
    }),
  );
  const error = add.error ?? remove.error ?? reorder.error ?? list.error;

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const nameOf = (id: unknown) => items.find((s) => s.id === id)?.headline || t('related.untitled');
  const positionOf = (id: unknown) => items.findIndex((s) => s.id === id) + 1;
  const where = (id: unknown, at: unknown) => ({
    name: nameOf(id),
    position: positionOf(at),
    total: items.length,
  });
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      moved.current = false;
      return t('related.panel.pickedUp', where(active.id, active.id));
    },
    onDragOver: ({ active, over }) => {
      // Picking up puts the story over its own place: saying so would cut off "Picked up".
      if (!over || (!moved.current && over.id === active.id)) return undefined;
      moved.current = true;
      return t('related.panel.over', where(active.id, over.id));
    },
    onDragEnd: ({ active, over }) =>
      over ? t('related.panel.dropped', where(active.id, over.id)) : undefined,
    onDragCancel: ({ active }) => t('related.panel.cancelled', { name: nameOf(active.id) }),
  };

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = items.findIndex((s) => s.id === active.id);
    const to = items.findIndex((s) => s.id === over.id);
    if (from < 0 || to < 0) return;
    const next = arrayMove(items, from, to).map((s, position) => ({ ...s, position }));
    setList(next);
    reorder.mutate({ id: articleId, targetIds: next.map((s) => s.id) });
  }

  return (
    <section className="related-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('related.panel.title')}</h2>
      <p className="muted">{t('related.panel.intro')}</p>
      <ErrorBanner error={error} />
      {list.isPending ? (
        <p className="muted">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p className="muted">{t('related.panel.empty')}</p>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            announcements,
            screenReaderInstructions: {
              draggable: t('related.panel.instructions'),
            },
          }}
        >
          <SortableContext items={items.map((s) => s.id)} strategy={verticalListSortingStrategy}>
            <ol className="story-cards" aria-label={t('related.panel.inOrder')}>
              {items.map((story, index) => (
                <SortableRelatedItem
                  key={story.id}
                  story={story}
                  position={index}
                  total={items.length}
                  canManage={canManage}
                  onRemove={() => remove.mutate({ id: articleId, targetId: story.id })}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      {canManage &&
        (items.length >= RELATED_MAX ? (
          <p className="muted">{t('related.panel.full', { count: RELATED_MAX })}</p>
        ) : adding ? (
          <div>
            <StoryPicker
              articleId={articleId}
              chosenIds={items.map((s) => s.id)}
              autoFocus
              onPick={(story) => add.mutate({ id: articleId, targetId: story.id })}
            />
            <button type="button" onClick={() => setAdding(false)}>
              {t('related.panel.doneAdding')}
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setAdding(true)}>
            {t('related.panel.add')}
          </button>
        ))}
      {canManage && items.length < RELATED_MAX && (
        <Suggestions articleId={articleId} onAdd={(targetId) => add.mutate({ id: articleId, targetId })} />
      )}
    </section>
  );
}
