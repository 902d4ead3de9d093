import { z } from 'zod';
import { ARTICLE_STATUSES } from '../articles/status';
import { ZCursorText } from '../pagination';
import { dateTimeField, plainText, textField, uuidField } from '../text';

/** Columns the story list sorts by; `relevance` only with a search. */
export const STORY_SORTS = [
  'updated',
  'created',
  'published',
  'publish_at',
  'headline',
  'relevance',
] as const;
export type StorySort = (typeof STORY_SORTS)[number];

/** Time columns a date range can apply to. */
export const STORY_TIME_FIELDS = ['updated', 'created', 'published', 'publish_at'] as const;
export type StoryTimeField = (typeof STORY_TIME_FIELDS)[number];

export const STORY_VIEWS = ['mine', 'review', 'scheduled_today', 'approved_unscheduled'] as const;
export type StoryView = (typeof STORY_VIEWS)[number];

export const VIEW_LABELS: Record<StoryView, string> = {
  mine: 'My stories',
  review: 'Waiting for review',
  scheduled_today: 'Scheduled today',
  approved_unscheduled: 'Approved, not scheduled',
};

/** Search input is data: anything up to this length is searched (the parser reads the first 4,096 units). */
export const SEARCH_MAX_LENGTH = 10_000;

export const ZStoryFilters = z.object({
  q: textField('Search', { max: SEARCH_MAX_LENGTH, trim: false }).default(''),
  view: z.enum(STORY_VIEWS).nullable().default(null),
  status: z.array(z.enum(ARTICLE_STATUSES)).max(ARTICLE_STATUSES.length).default([]),
  sectionId: uuidField('Section').nullable().default(null),
  authorId: uuidField('Author').nullable().default(null),
  tag: plainText('Tag', { max: 40 }).nullable().default(null),
  dateField: z.enum(STORY_TIME_FIELDS).default('updated'),
  from: dateTimeField('From').nullable().default(null),
  to: dateTimeField('To').nullable().default(null),
  hasImage: z.boolean().nullable().default(null),
});
export type StoryFilters = z.infer<typeof ZStoryFilters>;
export type StoryFiltersInput = z.input<typeof ZStoryFilters>;

export const ZStorySort = z.object({
  sort: z.enum(STORY_SORTS).default('updated'),
  dir: z.enum(['asc', 'desc']).default('desc'),
});

export const ZStoryListInput = ZStoryFilters.extend(ZStorySort.shape).extend({
  /** Opaque keyset cursor from the previous page. */
  cursor: ZCursorText.nullish(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type StoryListInput = z.infer<typeof ZStoryListInput>;
export type StoryListRequest = z.input<typeof ZStoryListInput>;

/** What a saved view remembers: the filters and the sort. */
export const ZSavedViewState = ZStoryFilters.extend(ZStorySort.shape);
export type SavedViewState = z.infer<typeof ZSavedViewState>;

export const ZSavedViewInput = z.object({
  name: plainText('View name', { min: 1, max: 80 }),
  shared: z.boolean().default(false),
  state: ZSavedViewState,
});

export const STORY_COLUMNS = [
  'headline',
  'section',
  'status',
  'authors',
  'edited',
  'time',
  'words',
  'image',
] as const;
export type StoryColumn = (typeof STORY_COLUMNS)[number];

export const ZStoryListPrefs = z.object({
  /** Column order; columns missing from it keep their default place at the end. */
  order: z.array(z.enum(STORY_COLUMNS)).max(STORY_COLUMNS.length),
  hidden: z.array(z.enum(STORY_COLUMNS)).max(STORY_COLUMNS.length),
});
export type StoryListPrefs = z.infer<typeof ZStoryListPrefs>;

export const BULK_MAX = 200;
/** Selected stories with the version the user saw: a story changed since is skipped, not overwritten. */
export const ZBulkItems = z
  .array(z.object({ id: uuidField('Story'), version: z.number().int().min(1) }))
  .min(1, 'Select at least one story.')
  .max(BULK_MAX, `Select at most ${BULK_MAX} stories at once.`);

export type BulkOutcome = 'done' | 'skipped' | 'failed';
export interface BulkRowResult {
  id: string;
  headline: string;
  outcome: BulkOutcome;
  message: string;
}
