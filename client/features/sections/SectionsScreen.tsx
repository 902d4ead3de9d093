import {
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
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { fieldErrorsOf } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { SectionNameFields, type SectionNames } from './SectionNameFields';
import { type ManagedSection, SectionRow } from './SectionRow';

/** Desk and admin: the masthead's sections, in order; create, rename, hide, archive, delete. */
export function SectionsScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.sections.manageList.queryOptions());
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.sections.manageList.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.sections.list.queryKey() }),
    ]);
  const reorder = useMutation(trpc.sections.reorder.mutationOptions({ onSettled: refresh }));
  const [order, setOrder] = useState<string[] | null>(null);
  const sections = list.data ?? [];
  const active = sections.filter((s) => !s.archivedAt);
  const archived = sections.filter((s) => s.archivedAt);
  const ordered: ManagedSection[] = order ? order.flatMap((id) => active.filter((s) => s.id === id)) : active;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const nameOf = (id: unknown) => sections.find((s) => s.id === id)?.nameBn ?? 'section';
  const positionOf = (id: unknown) => ordered.findIndex((s) => s.id === id) + 1;

  function onDragEnd({ active: moved, over }: DragEndEvent) {
    if (!over || moved.id === over.id) return;
    const ids = ordered.map((s) => s.id);
    const next = arrayMove(ids, ids.indexOf(String(moved.id)), ids.indexOf(String(over.id)));
    setOrder(next);
    // The server wants every section, archived ones after the masthead's.
    reorder.mutate({ ids: [...next, ...archived.map((s) => s.id)] }, { onSettled: () => setOrder(null) });
  }

  return (
    <section className="sections-screen">
      <h1>{t('sections.title')}</h1>
      <p className="muted">{t('sections.intro')}</p>
      <NewSectionForm onCreated={refresh} />
      <ErrorBanner error={list.error ?? reorder.error} />
      {list.data && (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            announcements: {
              onDragStart: ({ active: a }) => t('sections.pickedUp', { name: nameOf(a.id) }),
              onDragOver: ({ active: a, over }) =>
                over
                  ? t('sections.over', {
                      name: nameOf(a.id),
                      position: positionOf(over.id),
                      total: ordered.length,
                    })
                  : undefined,
              onDragEnd: ({ active: a, over }) =>
                over
                  ? t('sections.dropped', {
                      name: nameOf(a.id),
                      position: positionOf(over.id),
                      total: ordered.length,
                    })
                  : undefined,
              onDragCancel: ({ active: a }) => t('sections.cancelled', { name: nameOf(a.id) }),
            },
          }}
        >
          <SortableContext items={ordered.map((s) => s.id)} strategy={verticalListSortingStrategy}>
            <ol className="section-list" aria-label={t('sections.inOrder')}>
              {ordered.map((section, index) => (
                <SectionRow
                  key={section.id}
                  section={section}
                  position={index}
                  total={ordered.length}
                  onChanged={refresh}
                />
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
      {list.data && active.length === 0 && <p>{t('sections.none')}</p>}
      {archived.length > 0 && (
        <>
          <h2>{t('sections.archived')}</h2>
          <ul className="section-list" aria-label={t('sections.archivedList')}>
            {archived.map((section) => (
              <SectionRow key={section.id} section={section} onChanged={refresh} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const EMPTY_NAMES: SectionNames = { nameBn: '', nameEn: '', slug: '' };

function NewSectionForm({ onCreated }: { onCreated: () => unknown }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [names, setNames] = useState<SectionNames>(EMPTY_NAMES);
  const create = useMutation(
    trpc.sections.create.mutationOptions({
      onSuccess: () => {
        setNames(EMPTY_NAMES);
        return onCreated();
      },
    }),
  );
  const fields = fieldErrorsOf(create.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(names);
  };
  return (
    <form className="panel inline-form" onSubmit={submit} noValidate aria-labelledby="new-section-title">
      <h2 id="new-section-title">{t('sections.newTitle')}</h2>
      <ErrorBanner error={create.error} />
      <div className="row">
        <SectionNameFields
          value={names}
          onChange={setNames}
          errors={fields}
          slugHint={t('sections.slugHintNew')}
          required
        />
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('sections.add')}
        </button>
      </div>
    </form>
  );
}
