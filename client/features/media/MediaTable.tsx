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
import { Link } from 'wouter';
import { formatBytes } from '../../../shared/media/limits';
import type { MediaItemWithUse } from '../../../shared/media/types';
import { useSession } from '../../app/session';
import { formatNewsroomTime } from '../../lib/time';
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
  const { timeZone } = useSession();
  const [sorting, setSorting] = useState<SortingState>([]);
  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({
          id: 'preview',
          header: 'Image',
          cell: ({ row }) => (
            <button
              type="button"
              className="link-button"
              onClick={() => onSelect(row.original)}
              aria-label={`Edit ${row.original.originalName}`}
            >
              <MediaThumb item={row.original} size={64} />
            </button>
          ),
        }),
        helper.accessor('caption', { header: 'Caption', sortFn: 'alphanumeric' }),
        helper.accessor('credit', { header: 'Credit', sortFn: 'alphanumeric' }),
        helper.accessor('alt', {
          header: 'Alt text',
          sortFn: 'alphanumeric',
          cell: ({ getValue }) => getValue() || <span className="media-flag">Missing</span>,
        }),
        helper.accessor((m) => m.width * m.height, {
          id: 'size',
          header: 'Size',
          sortFn: 'basic',
          cell: ({ row }) =>
            `${row.original.width} × ${row.original.height} · ${formatBytes(row.original.bytes)}`,
        }),
        helper.accessor((m) => m.uploadedBy?.name ?? '', {
          id: 'uploader',
          header: 'Uploaded by',
          sortFn: 'alphanumeric',
        }),
        helper.accessor((m) => new Date(m.createdAt), {
          id: 'createdAt',
          header: `Uploaded (${timeZone})`,
          sortFn: 'datetime',
          cell: ({ getValue }) => formatNewsroomTime(getValue(), timeZone),
        }),
        helper.accessor((m) => m.usedIn.length, {
          id: 'usedIn',
          header: 'Used in',
          sortFn: 'basic',
          cell: ({ row }) =>
            row.original.usedIn.length === 0 ? (
              <span className="muted">—</span>
            ) : (
              <ul className="plain">
                {row.original.usedIn.map((u) => (
                  <li key={`${u.articleId}-${u.kind}`}>
                    <Link href={`/stories/${u.articleId}`}>{u.headline || 'Untitled story'}</Link>
                  </li>
                ))}
              </ul>
            ),
        }),
        helper.accessor('status', { header: 'Status', sortFn: 'alphanumeric' }),
      ]),
    [onSelect, timeZone],
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
      <caption className="visually-hidden">Images in the library</caption>
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
