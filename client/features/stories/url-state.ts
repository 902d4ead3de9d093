import { ARTICLE_STATUSES, type ArticleStatus } from '../../../shared/articles/status';
import { endOfZonedDay, zonedLocalToUtc } from '../../../shared/bn';
import type { Role } from '../../../shared/roles';
import {
  STORY_SORTS,
  STORY_TIME_FIELDS,
  STORY_VIEWS,
  type StoryListRequest,
  type StorySort,
  type StoryTimeField,
  type StoryView,
} from '../../../shared/stories/schemas';

/** Everything the story list shows, as held in the address bar: a filtered list is a shareable link. */
export interface ListState {
  q: string;
  view: StoryView | null;
  status: ArticleStatus[];
  sectionId: string | null;
  authorId: string | null;
  tag: string | null;
  dateField: StoryTimeField;
  /** A newsroom date (YYYY-MM-DD) or an exact instant (ISO). */
  from: string | null;
  to: string | null;
  hasImage: boolean | null;
  /** null: the default for the view (best match while searching). */
  sort: StorySort | null;
  dir: 'asc' | 'desc' | null;
}

export const EMPTY_STATE: ListState = {
  q: '',
  view: null,
  status: [],
  sectionId: null,
  authorId: null,
  tag: null,
  dateField: 'updated',
  from: null,
  to: null,
  hasImage: null,
  sort: null,
  dir: null,
};

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | null =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseListState(search: string): ListState {
  const p = new URLSearchParams(search);
  const id = (v: string | null) => (v && UUID.test(v) ? v : null);
  const img = p.get('img');
  return {
    q: p.get('q') ?? '',
    view: oneOf(STORY_VIEWS, p.get('view')),
    status: (p.get('status') ?? '')
      .split(',')
      .map((s) => oneOf(ARTICLE_STATUSES, s))
      .filter((s): s is ArticleStatus => s !== null),
    sectionId: id(p.get('section')),
    authorId: id(p.get('author')),
    tag: p.get('tag') || null,
    dateField: oneOf(STORY_TIME_FIELDS, p.get('df')) ?? 'updated',
    from: p.get('from') || null,
    to: p.get('to') || null,
    hasImage: img === '1' ? true : img === '0' ? false : null,
    sort: oneOf(STORY_SORTS, p.get('sort')),
    dir: oneOf(['asc', 'desc'] as const, p.get('dir')),
  };
}

export function serializeListState(state: ListState): string {
  const p = new URLSearchParams();
  if (state.view) p.set('view', state.view);
  if (state.q) p.set('q', state.q);
  if (state.status.length) p.set('status', state.status.join(','));
  if (state.sectionId) p.set('section', state.sectionId);
  if (state.authorId) p.set('author', state.authorId);
  if (state.tag) p.set('tag', state.tag);
  if (state.from || state.to) p.set('df', state.dateField);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.hasImage !== null) p.set('img', state.hasImage ? '1' : '0');
  if (state.sort) p.set('sort', state.sort);
  if (state.dir) p.set('dir', state.dir);
  return p.toString();
}

/** Each view's natural order: the oldest waiting review first, today's schedule by time. */
export function defaultSort(state: ListState): { sort: StorySort; dir: 'asc' | 'desc' } {
  if (state.q.trim()) return { sort: 'relevance', dir: 'desc' };
  if (state.view === 'review') return { sort: 'updated', dir: 'asc' };
  if (state.view === 'scheduled_today') return { sort: 'publish_at', dir: 'asc' };
  return { sort: 'updated', dir: 'desc' };
}

export function effectiveSort(state: ListState) {
  const fallback = defaultSort(state);
  return { sort: state.sort ?? fallback.sort, dir: state.dir ?? (state.sort ? 'desc' : fallback.dir) };
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A newsroom date becomes the first (from) or last (to) instant of that day in the zone. */
export function toInstant(value: string | null, edge: 'start' | 'end', timeZone: string): string | null {
  if (!value) return null;
  try {
    if (DATE_ONLY.test(value)) {
      const start = zonedLocalToUtc(`${value}T00:00`, timeZone);
      return (edge === 'start' ? start : endOfZonedDay(start, timeZone)).toISOString();
    }
    const instant = new Date(value);
    return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
  } catch {
    return null;
  }
}

/** The tRPC input for a list state (without the cursor, which the infinite query adds). */
export function toListInput(state: ListState, timeZone: string): StoryListRequest {
  const { sort, dir } = effectiveSort(state);
  return {
    q: state.q,
    view: state.view,
    status: state.status,
    sectionId: state.sectionId,
    authorId: state.authorId,
    tag: state.tag,
    dateField: state.dateField,
    from: toInstant(state.from, 'start', timeZone),
    to: toInstant(state.to, 'end', timeZone),
    hasImage: state.hasImage,
    sort,
    dir,
    limit: 50,
  };
}

/** Where each role lands when it opens the list without a filter. */
export function landingView(role: Role): StoryView | null {
  if (role === 'editor') return 'mine';
  if (role === 'manager') return 'review';
  if (role === 'desk') return 'scheduled_today';
  return null;
}
