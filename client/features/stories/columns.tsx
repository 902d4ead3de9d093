import {
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  rowSelectionFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { inferRouterOutputs } from '@trpc/server';
import { Link } from 'wouter';
import type { AppRouter } from '../../../server/trpc/router';
import { type ArticleStatus, STATUS_LABELS } from '../../../shared/articles/status';
import type { StoryColumn, StorySort } from '../../../shared/stories/schemas';
import { formatNewsroomTime } from '../../lib/time';
import { LiveLinks } from '../publication/story-links';

export type StoryRow = inferRouterOutputs<AppRouter>['stories']['list']['items'][number];

export const storyFeatures = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  rowSelectionFeature,
});
const helper = createColumnHelper<typeof storyFeatures, StoryRow>();

export const COLUMN_LABELS: Record<StoryColumn, string> = {
  headline: 'Headline',
  section: 'Section',
  status: 'Status',
  authors: 'Authors',
  edited: 'Last edited',
  time: 'Scheduled / published',
  words: 'Words',
  image: 'Image',
};

/** The server sort a column header toggles. */
export const COLUMN_SORT: Partial<Record<StoryColumn, StorySort>> = {
  headline: 'headline',
  edited: 'updated',
  time: 'published',
};

export function storyColumns(timeZone: string) {
  const time = (value: string | Date | null) => (value ? formatNewsroomTime(value, timeZone) : '—');
  return helper.columns([
    helper.display({
      id: 'select',
      header: ({ table }) => (
        <input
          type="checkbox"
          aria-label="Select all stories shown"
          checked={table.getIsAllRowsSelected()}
          onChange={table.getToggleAllRowsSelectedHandler()}
        />
      ),
      cell: ({ row }) => (
        <input
          type="checkbox"
          aria-label={`Select “${row.original.headline || 'untitled'}”`}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
          onClick={(e) => e.stopPropagation()}
        />
      ),
    }),
    helper.accessor('headline', {
      id: 'headline',
      header: COLUMN_LABELS.headline,
      cell: ({ row }) => (
        <Link href={`/stories/${row.original.id}`} className="story-headline" tabIndex={-1}>
          {row.original.headline || '(untitled)'}
        </Link>
      ),
    }),
    helper.accessor('sectionName', {
      id: 'section',
      header: COLUMN_LABELS.section,
      cell: (c) => c.getValue() ?? '—',
    }),
    helper.accessor('status', {
      id: 'status',
      header: COLUMN_LABELS.status,
      cell: ({ row }) => (
        <>
          <span className={`status status-${row.original.status}`}>
            {STATUS_LABELS[row.original.status as ArticleStatus]}
          </span>
          {row.original.status === 'published' && (
            <>
              {row.original.pendingUpdate && <small className="muted"> · update pending</small>}
              <br />
              <LiveLinks id={row.original.id} slug={row.original.slug} compact />
            </>
          )}
        </>
      ),
    }),
    helper.display({
      id: 'authors',
      header: COLUMN_LABELS.authors,
      cell: ({ row }) =>
        row.original.authors.length
          ? row.original.authors.map((a) => a.name).join(', ')
          : row.original.byline || '—',
    }),
    helper.display({
      id: 'edited',
      header: COLUMN_LABELS.edited,
      cell: ({ row }) => (
        <>
          {row.original.updatedByName ?? '—'}
          <br />
          <small className="muted">{time(row.original.updatedAt)}</small>
        </>
      ),
    }),
    helper.display({
      id: 'time',
      header: `${COLUMN_LABELS.time} (${timeZone})`,
      cell: ({ row }) =>
        row.original.publishAt &&
        (row.original.status === 'scheduled' || row.original.status === 'schedule_failed')
          ? `Due ${time(row.original.publishAt)}`
          : time(row.original.publishedAt),
    }),
    helper.accessor('wordCount', { id: 'words', header: COLUMN_LABELS.words }),
    helper.display({
      id: 'image',
      header: COLUMN_LABELS.image,
      cell: ({ row }) =>
        row.original.thumbKey ? (
          <img
            src={`/media/${row.original.thumbKey}`}
            alt=""
            width={48}
            height={48}
            loading="lazy"
            className="thumb"
          />
        ) : null,
    }),
  ]);
}
