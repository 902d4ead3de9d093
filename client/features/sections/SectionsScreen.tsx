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
import { ErrorBanner } from '../../components/ErrorBanner';
import { fieldErrorsOf } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { SectionNameFields, type SectionNames } from './SectionNameFields';
import { type ManagedSection, SectionRow } from './SectionRow';

/** Desk and admin: the masthead's sections, in order; create, rename, hide, archive, delete. */
export function SectionsScreen() {
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
      <h1>Sections</h1>
      <p className="muted">
        The masthead of the public site, in this order. Drag a section (or focus its handle and use the arrow
        keys) to move it. A section with stories cannot be deleted: archive it, and its stories stay online.
      </p>
      <NewSectionForm onCreated={refresh} />
      <ErrorBanner error={list.error ?? reorder.error} />
      {list.data && (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            announcements: {
              onDragStart: ({ active: a }) => `Picked up ${nameOf(a.id)}.`,
              onDragOver: ({ active: a, over }) =>
                over
                  ? `${nameOf(a.id)} is over position ${positionOf(over.id)} of ${ordered.length}.`
                  : undefined,
              onDragEnd: ({ active: a, over }) =>
                over
                  ? `${nameOf(a.id)} dropped at position ${positionOf(over.id)} of ${ordered.length}.`
                  : undefined,
              onDragCancel: ({ active: a }) => `Moving ${nameOf(a.id)} was cancelled.`,
            },
          }}
        >
          <SortableContext items={ordered.map((s) => s.id)} strategy={verticalListSortingStrategy}>
            <ol className="section-list" aria-label="Sections in masthead order">
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
      {list.data && active.length === 0 && <p>No sections yet: add the first one above.</p>}
      {archived.length > 0 && (
        <>
          <h2>Archived</h2>
          <ul className="section-list" aria-label="Archived sections">
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
      <h2 id="new-section-title">New section</h2>
      <ErrorBanner error={create.error} />
      <div className="row">
        <SectionNameFields
          value={names}
          onChange={setNames}
          errors={fields}
          slugHint="Optional: made from the English name."
          required
        />
        <button type="submit" className="primary" disabled={create.isPending}>
          Add section
        </button>
      </div>
    </form>
  );
}
