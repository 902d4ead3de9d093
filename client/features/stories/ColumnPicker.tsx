import { useTranslation } from 'react-i18next';
import type { StoryColumn, StoryListPrefs } from '../../../shared/stories/schemas';
import { ArrowIcon } from '../../components/icons';
import { orderedColumns } from './use-story-prefs';

/** Show, hide and reorder columns; remembered for this user on the server. */
export function ColumnPicker({
  prefs,
  onChange,
}: {
  prefs: StoryListPrefs;
  onChange: (next: StoryListPrefs) => void;
}) {
  const { t } = useTranslation();
  const order = orderedColumns(prefs);
  const label = (column: StoryColumn) => t(`stories.columns.${column}`);
  const move = (column: StoryColumn, by: -1 | 1) => {
    const next = [...order];
    const i = next.indexOf(column);
    const j = i + by;
    if (j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j], next[i]];
    onChange({ ...prefs, order: next });
  };
  return (
    <details className="column-picker">
      <summary>{t('stories.columnsMenu')}</summary>
      <ol>
        {order.map((column, index) => (
          <li key={column}>
            <label>
              <input
                type="checkbox"
                checked={!prefs.hidden.includes(column)}
                disabled={column === 'headline'}
                onChange={(e) =>
                  onChange({
                    ...prefs,
                    hidden: e.target.checked
                      ? prefs.hidden.filter((c) => c !== column)
                      : [...prefs.hidden, column],
                  })
                }
              />{' '}
              {label(column)}
            </label>
            <button
              type="button"
              aria-label={t('stories.moveUp', { column: label(column) })}
              disabled={index === 0}
              onClick={() => move(column, -1)}
            >
              <ArrowIcon />
            </button>
            <button
              type="button"
              aria-label={t('stories.moveDown', { column: label(column) })}
              disabled={index === order.length - 1}
              onClick={() => move(column, 1)}
            >
              <ArrowIcon down />
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
