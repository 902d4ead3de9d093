import {
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  rowSelectionFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { inferRouterOutputs } from '@trpc/server';
import type { TFunction } from 'i18next';
import { Link } from 'wouter';
import type { AppRouter } from '../../../server/trpc/router';
import type { ArticleStatus } from '../../../shared/articles/status';
import { sectionNameIn } from '../../../shared/sections/names';
import type { StoryColumn, StorySort } from '../../../shared/stories/schemas';
import type { useFormat } from '../../lib/use-format';
import { LiveLinks } from '../publication/story-links';

export type StoryRow = inferRouterOutputs<AppRouter>['stories']['list']['items'][number];

export const storyFeatures = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  rowSelectionFeature,
});
const helper = createColumnHelper<typeof storyFeatures, StoryRow>();

/** The server sort a column header toggles. */
export const COLUMN_SORT: Partial<Record<StoryColumn, StorySort>> = {
  headline: 'headline',
  edited: 'updated',
  time: 'published',
};

export function storyColumns(format: ReturnType<typeof useFormat>, t: TFunction) {
  const time = (value: string | Date | null) => (value ? format.dateTime(value, { relative: true }) : '—');
  const label = (column: StoryColumn) => t(`stories.columns.${column}`);
  return helper.columns([
    helper.display({
      id: 'select',
      header: ({ table }) => (
        <input
          type="checkbox"
          aria-label={t('stories.selectAll')}
          checked={table.getIsAllRowsSelected()}
          onChange={table.getToggleAllRowsSelectedHandler()}
        />
      ),
      cell: ({ row }) => (
        <input
          type="checkbox"
          aria-label={t('stories.selectOne', { headline: row.original.headline || t('common.untitled') })}
          checked={row.getIsSelected()}
          onChange={row.getToggleSelectedHandler()}
          onClick={(e) => e.stopPropagation()}
        />
      ),
    }),
    helper.accessor('headline', {
      id: 'headline',
      header: label('headline'),
      cell: ({ row }) => (
        <Link href={`/stories/${row.original.id}`} className="story-headline" tabIndex={-1}>
          {row.original.headline || t('common.untitled')}
        </Link>
      ),
    }),
    helper.accessor('sectionName', {
      id: 'section',
      header: label('section'),
      cell: ({ row }) => {
        const section = sectionNameIn(format.language, row.original);
        return section ? <span lang={section.lang}>{section.name}</span> : '—';
      },
    }),
    helper.accessor('status', {
      id: 'status',
      header: label('status'),
      cell: ({ row }) => (
        <>
          <span className={`status status-${row.original.status}`}>
            {t(`statuses.${row.original.status as ArticleStatus}`)}
          </span>
          {row.original.status === 'published' && (
            <>
              {row.original.pendingUpdate && <small className="muted"> · {t('stories.updatePending')}</small>}
              <br />
              <LiveLinks id={row.original.id} slug={row.original.slug} compact />
            </>
          )}
        </>
      ),
    }),
    helper.display({
      id: 'authors',
      header: label('authors'),
      cell: ({ row }) =>
        row.original.authors.length
          ? row.original.authors.map((a) => a.name).join(', ')
          : row.original.byline || '—',
    }),
    helper.display({
      id: 'edited',
      header: label('edited'),
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
      header: t('stories.timeHeader', { label: label('time'), zone: format.timeZone }),
      cell: ({ row }) =>
        row.original.publishAt &&
        (row.original.status === 'scheduled' || row.original.status === 'schedule_failed')
          ? t('stories.due', { time: time(row.original.publishAt) })
          : time(row.original.publishedAt),
    }),
    helper.accessor('wordCount', {
      id: 'words',
      header: label('words'),
      cell: (c) => format.count(c.getValue()),
    }),
    helper.display({
      id: 'image',
      header: label('image'),
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
