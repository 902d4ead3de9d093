import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { DragIcon } from '../../components/icons';
import { type StoryCardData, StoryCardView } from './StoryCardView';

/** One row of the related list: a visible drag handle (mouse, touch or keyboard) and a remove button. */
export function SortableRelatedItem({
  story,
  position,
  total,
  canManage,
  onRemove,
}: {
  story: StoryCardData;
  position: number;
  total: number;
  canManage: boolean;
  onRemove: () => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: story.id,
      disabled: !canManage,
    });
  const { t } = useTranslation();
  const name = story.headline || t('related.untitled');
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? 'story-card dragging' : 'story-card'}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="related-item"
    >
      <StoryCardView
        story={story}
        before={
          canManage ? (
            <button
              type="button"
              ref={setActivatorNodeRef}
              className="drag-handle"
              {...attributes}
              {...listeners}
              aria-label={t('related.panel.move', { name, position: position + 1, total })}
            >
              <DragIcon />
            </button>
          ) : (
            <span className="muted">{t('related.panel.position', { position: position + 1 })}</span>
          )
        }
      >
        {canManage && (
          <button type="button" onClick={onRemove} aria-label={t('related.panel.removeNamed', { name })}>
            {t('related.panel.remove')}
          </button>
        )}
      </StoryCardView>
    </li>
  );
}
