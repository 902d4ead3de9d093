import { type RowSelectionState, useTable } from '@tanstack/react-table';
import { type KeyboardEvent, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { StoryColumn, StoryListPrefs, StorySort } from '../../../shared/stories/schemas';
import { ArrowIcon } from '../../components/icons';
import { useFormat } from '../../lib/use-format';
import { COLUMN_SORT, type StoryRow, storyColumns, storyFeatures } from './columns';
import { orderedColumns } from './use-story-prefs';

interface Props {
  rows: StoryRow[];
  timeZone: string;
  prefs: StoryListPrefs;
  selection: RowSelectionState;
  onSelectionChange: (next: RowSelectionState) => void;
  sort: StorySort;
  dir: 'asc' | 'desc';
  onSort: (sort: StorySort, dir: 'asc' | 'desc') => void;
  emptyMessage: string;
}

/**
 * The story table: server-side sorting and paging (the rows arrive in order),
 * per-user column order and visibility, checkboxes kept by story id across
 * refetches, and keyboard movement: arrows move between rows, Enter opens.
 */
export function StoryTable(props: Props) {
  const { rows, prefs, selection, onSelectionChange, sort, dir, onSort } = props;
  const { t } = useTranslation();
  const format = useFormat(props.timeZone);
  const columns = useMemo(() => storyColumns(format, t), [format, t]);
  const columnVisibility = useMemo(
    () => Object.fromEntries(prefs.hidden.map((c) => [c, false])),
    [prefs.hidden],
  );
  const columnOrder = useMemo(() => ['select', ...orderedColumns(prefs)], [prefs]);
  const table = useTable({
    features: storyFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    state: { rowSelection: selection, columnVisibility, columnOrder },
    onRowSelectionChange: (updater) =>
      onSelectionChange(typeof updater === 'function' ? updater(selection) : updater),
    enableRowSelection: true,
  });
  const [, navigate] = useLocation();
  const body = useRef<HTMLTableSectionElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number, id: string) {
    const focusRow = (i: number) =>
      body.current?.querySelectorAll<HTMLTableRowElement>('tr[data-row]')[i]?.focus();
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusRow(Math.min(index + 1, rows.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      focusRow(Math.max(index - 1, 0));
    } else if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      navigate(`/stories/${id}`);
    } else if (event.key === ' ' && event.target === event.currentTarget) {
      event.preventDefault();
      onSelectionChange({ ...selection, [id]: !selection[id] } as RowSelectionState);
    }
  }

  return (
    <table className="data-table story-table">
      <caption className="visually-hidden">{t('stories.tableCaption')}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sortKey = COLUMN_SORT[header.column.id as StoryColumn];
              const active = sortKey !== undefined && sortKey === sort;
              return (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {sortKey ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => onSort(sortKey, active && dir === 'desc' ? 'asc' : 'desc')}
                    >
                      <table.FlexRender header={header} />
                      {active && <ArrowIcon down={dir === 'desc'} />}
                    </button>
                  ) : (
                    <table.FlexRender header={header} />
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody ref={body}>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columnOrder.length} className="empty">
              {props.emptyMessage}
            </td>
          </tr>
        ) : (
          table.getRowModel().rows.map((row, index) => (
            <tr
              key={row.id}
              data-row
              tabIndex={0}
              aria-selected={row.getIsSelected()}
              onKeyDown={(e) => onKeyDown(e, index, row.id)}
              onDoubleClick={() => navigate(`/stories/${row.id}`)}
            >
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={`col-${cell.column.id}`}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
