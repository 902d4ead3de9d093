import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  type SortingState,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatBytes } from '../../../shared/media/limits';
import type { MediaItemWithUse } from '../../../shared/media/types';
import { useFormat } from '../../lib/use-format';
import { MediaThumb } from './MediaThumb';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, datetime: sortFn_datetime },
});
const helper = createColumnHelper<typeof features, MediaItemWithUse>();

interface MediaTableProps {
  items: MediaItemWithUse[];
  onSelect: (item: MediaItemWithUse) => void;
}

/** The library as a table; columns sort the loaded rows (the server's sort picks which rows load). */
export function MediaTable({ items, onSelect }: MediaTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [sorting, setSorting] = useState<SortingState>([]);
  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({
          id: 'preview',
          header: t('media.columns.image'),
          cell: ({ row }) => (
            <button
              type="button"
              className="link-button"
              onClick={() => onSelect(row.original)}
              aria-label={t('media.columns.editName', { name: row.original.originalName })}
            >
              <MediaThumb item={row.original} size={64} />
            </button>
          ),
        }),
        helper.accessor('caption', { header: t('media.columns.captionHeader'), sortFn: 'alphanumeric' }),
        helper.accessor('credit', { header: t('media.columns.credit'), sortFn: 'alphanumeric' }),
        helper.accessor('alt', {
          header: t('media.columns.alt'),
          sortFn: 'alphanumeric',
          cell: ({ getValue }) =>
            getValue() || <span className="media-flag">{t('media.columns.missing')}</span>,
        }),
        helper.accessor((m) => m.width * m.height, {
          id: 'size',
          header: t('media.columns.size'),
          sortFn: 'basic',
          cell: ({ row }) =>
            t('media.columns.sizeValue', {
              width: format.digits(row.original.width),
              height: format.digits(row.original.height),
              bytes: format.digits(formatBytes(row.original.bytes)),
            }),
        }),
        helper.accessor((m) => m.uploadedBy?.name ?? '', {
          id: 'uploader',
          header: t('media.columns.uploadedBy'),
          sortFn: 'alphanumeric',
        }),
        helper.accessor((m) => new Date(m.createdAt), {
          id: 'createdAt',
          header: t('media.columns.uploaded', { zone: format.timeZone }),
          sortFn: 'datetime',
          cell: ({ getValue }) => format.dateTime(getValue()),
        }),
        helper.accessor((m) => m.usedIn.length, {
          id: 'usedIn',
          header: t('media.columns.usedIn'),
          sortFn: 'basic',
          cell: ({ row }) =>
            row.original.usedIn.length === 0 ? (
              <span className="muted">—</span>
            ) : (
              <ul className="plain">
                {row.original.usedIn.map((u) => (
                  <li key={`${u.articleId}-${u.kind}`}>
                    <Link href={`/stories/${u.articleId}`}>{u.headline || t('media.untitledStory')}</Link>
                  </li>
                ))}
              </ul>
            ),
        }),
        helper.accessor('status', {
          header: t('media.columns.status'),
          sortFn: 'alphanumeric',
          cell: ({ getValue }) => t(`media.columns.statuses.${getValue()}`),
        }),
      ]),
    [onSelect, t, format],
  );
  const table = useTable({
    features,
    columns,
    data: items,
    getRowId: (row) => row.id,
    state: { sorting },
    onSortingChange: setSorting,
  });
  return (
    <table className="data-table media-table">
      <caption className="visually-hidden">{t('media.columns.caption')}</caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              return (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                >
                  {header.column.getCanSort() ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      <table.FlexRender header={header} />
                      <span aria-hidden="true">
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                      </span>
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
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getAllCells().map((cell) => (
              <td key={cell.id}>
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
