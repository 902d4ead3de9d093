import { useTranslation } from 'react-i18next';
import { formatCaptionLine } from '../../../shared/media/credit';
import type { MediaItemWithUse } from '../../../shared/media/types';
import { MediaThumb } from './MediaThumb';

interface MediaGridProps {
  items: MediaItemWithUse[];
  selectedId?: string | null;
  onSelect: (item: MediaItemWithUse) => void;
  /** What a click does, for the button's accessible name: "Edit" in the library, "Use" in the picker. */
  actionLabel?: string;
}

export function MediaGrid({ items, selectedId, onSelect, actionLabel }: MediaGridProps) {
  const { t } = useTranslation();
  const action = actionLabel ?? t('media.edit');
  return (
    <ul className="media-grid" aria-label={t('media.images')}>
      {items.map((item) => {
        const line = formatCaptionLine(item.caption, item.credit);
        return (
          <li key={item.id}>
            <button
              type="button"
              className={item.id === selectedId ? 'media-card selected' : 'media-card'}
              aria-pressed={item.id === selectedId}
              onClick={() => onSelect(item)}
            >
              {/* The name is the visible text, led by the action (WCAG 2.5.3: label in name). */}
              <span className="visually-hidden">{action}: </span>
              <MediaThumb item={item} />
              <span className="media-card-caption">
                {line || <em className="muted">{item.originalName}</em>}
              </span>
              {!item.alt && <span className="media-flag">{t('media.noAlt')}</span>}
              {item.usedIn.length > 0 && (
                <span className="media-used">{t('media.inStories', { count: item.usedIn.length })}</span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
