import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { DragIcon } from '../../components/icons';
import { fieldErrorsOf } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { SectionNameFields, type SectionNames } from './SectionNameFields';

export interface ManagedSection {
  id: string;
  slug: string;
  nameBn: string;
  nameEn: string;
  hidden: boolean;
  archivedAt: string | null;
  storyCount: number;
}

/**
 * One section: drag handle (when it has a position), names, and its actions.
 * Rename opens the fields in place; delete is offered only while no story uses it.
 */
export function SectionRow({
  section,
  position,
  total,
  onChanged,
}: {
  section: ManagedSection;
  position?: number;
  total?: number;
  onChanged: () => unknown;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const sortable = useSortable({ id: section.id, disabled: position === undefined });
  const [editing, setEditing] = useState(false);
  const options = { onSuccess: () => onChanged() };
  const update = useMutation(trpc.sections.update.mutationOptions(options));
  const archive = useMutation(trpc.sections.archive.mutationOptions(options));
  const remove = useMutation(trpc.sections.delete.mutationOptions(options));
  const error = update.error ?? archive.error ?? remove.error;
  const stories = t('sections.stories', { count: section.storyCount });
  return (
    <li
      ref={sortable.setNodeRef}
      className={sortable.isDragging ? 'section-row dragging' : 'section-row'}
      style={{ transform: CSS.Transform.toString(sortable.transform), transition: sortable.transition }}
      data-testid="section-row"
    >
      {position !== undefined && total !== undefined && (
        <button
          type="button"
          ref={sortable.setActivatorNodeRef}
          className="drag-handle"
          {...sortable.attributes}
          {...sortable.listeners}
          aria-label={t('sections.move', { name: section.nameBn, position: position + 1, total })}
        >
          <DragIcon />
        </button>
      )}
      {editing ? (
        <RenameForm
          section={section}
          pending={update.isPending}
          error={update.error}
          onCancel={() => setEditing(false)}
          onSave={(input) =>
            update.mutate({ id: section.id, ...input }, { onSuccess: () => setEditing(false) })
          }
        />
      ) : (
        <div className="section-names">
          <strong lang="bn">{section.nameBn}</strong> <span>{section.nameEn}</span>{' '}
          <code className="muted">/section/{section.slug}</code>
          <span className="muted"> · {stories}</span>
          {section.hidden && <span className="badge">{t('sections.hidden')}</span>}
        </div>
      )}
      {!editing && (
        <span className="actions">
          {!section.archivedAt && (
            <>
              <button type="button" onClick={() => setEditing(true)}>
                {t('sections.rename')}
              </button>
              <button
                type="button"
                onClick={() =>
                  update.mutate({
                    id: section.id,
                    nameBn: section.nameBn,
                    nameEn: section.nameEn,
                    slug: section.slug,
                    hidden: !section.hidden,
                  })
                }
                aria-pressed={section.hidden}
              >
                {section.hidden ? t('sections.show') : t('sections.hide')}
              </button>
            </>
          )}
          <button
            type="button"
            onClick={() => archive.mutate({ id: section.id, archived: !section.archivedAt })}
          >
            {section.archivedAt ? t('sections.restore') : t('sections.archive')}
          </button>
          {section.storyCount === 0 && (
            <button
              type="button"
              className="danger"
              onClick={() => {
                if (window.confirm(t('sections.confirmDelete', { name: section.nameBn })))
                  remove.mutate({ id: section.id });
              }}
            >
              {t('sections.delete')}
            </button>
          )}
        </span>
      )}
      {!editing && <ErrorBanner error={error} />}
    </li>
  );
}

function RenameForm({
  section,
  pending,
  error,
  onSave,
  onCancel,
}: {
  section: ManagedSection;
  pending: boolean;
  error: unknown;
  onSave: (input: { nameBn: string; nameEn: string; slug: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [names, setNames] = useState<SectionNames>({
    nameBn: section.nameBn,
    nameEn: section.nameEn,
    slug: section.slug,
  });
  const fields = fieldErrorsOf(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(names);
  };
  return (
    <form
      className="inline-form section-rename"
      onSubmit={submit}
      noValidate
      aria-label={t('sections.renameLabel', { name: section.nameBn })}
    >
      <ErrorBanner error={error} />
      <div className="row">
        <SectionNameFields
          value={names}
          onChange={setNames}
          errors={fields}
          slugHint={t('sections.slugHintRename')}
          autoFocus
        />
        <button type="submit" className="primary" disabled={pending}>
          {t('sections.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('sections.cancel')}
        </button>
      </div>
    </form>
  );
}
