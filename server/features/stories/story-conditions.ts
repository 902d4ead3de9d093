import { type SQL, sql } from 'drizzle-orm';
import { endOfZonedDay, startOfZonedDay } from '../../../shared/bn';
import type { StoryFilters, StorySort, StoryTimeField } from '../../../shared/stories/schemas';
import type { StorySearch } from '../search/search-query';

/** SQL column of each sortable / filterable time (alias `a` = articles). */
export const TIME_COLUMNS: Record<StoryTimeField, SQL> = {
  updated: sql.raw('a.updated_at'),
  created: sql.raw('a.created_at'),
  published: sql.raw('a.published_at'),
  publish_at: sql.raw('a.publish_at'),
};

export const SORT_COLUMNS: Record<Exclude<StorySort, 'relevance'>, SQL> = {
  ...TIME_COLUMNS,
  headline: sql.raw('a.headline'),
};

export const NULLABLE_SORTS = new Set<StorySort>(['published', 'publish_at']);

/**
 * A draft "New story" made that nobody has typed into (the rule of reuse-empty-draft.ts):
 * "New story" reopens it, and no list shows it as an "(untitled)" row left behind.
 */
const UNTOUCHED_DRAFT = sql`(a.status = 'draft' and a.version = 1 and a.headline = '' and a.kicker = ''
  and a.summary = '' and a.body_text = '' and a.lead_media_id is null and a.section_id is null)`;

function authoredBy(userId: string): SQL {
  return sql`a.id in (select aa.article_id from article_authors aa where aa.user_id = ${userId}::uuid)`;
}

/**
 * "My stories" as two alternatives (credited as author; created by me) that
 * replace the OR condition: each branch is planned on its own, so a prolific
 * reporter's list walks the sort index while a rare one's is looked up directly.
 */
export function mineBranches(filters: StoryFilters, where: SQL[], ctx: ConditionContext): SQL[][] | null {
  if (filters.view !== 'mine') return null;
  const rest = where.filter((_, i) => i !== 1); // [0] is deleted_at, [1] the mine OR
  return [
    [...rest, authoredBy(ctx.userId)],
    [...rest, sql`a.created_by = ${ctx.userId}::uuid`],
  ];
}

export interface ConditionContext {
  userId: string;
  timeZone: string;
  now: Date;
}

/**
 * The WHERE conditions of a filtered story list, each a bound fragment: user
 * input only ever reaches PostgreSQL as parameters. `search` is built by
 * search-query.ts (null: no search).
 */
export function storyConditions(
  filters: StoryFilters,
  search: StorySearch | null,
  ctx: ConditionContext,
): SQL[] {
  const where: SQL[] = [sql`a.deleted_at is null`];
  switch (filters.view) {
    case 'mine':
      // Kept as an OR here (for counts and relevance); the page query splits it into
      // two branches so each can use its own index (see mineBranches).
      where.push(sql`(a.created_by = ${ctx.userId}::uuid or ${authoredBy(ctx.userId)})`);
      break;
    case 'review':
      where.push(sql`a.status = 'in_review'`);
      break;
    case 'scheduled_today':
      where.push(
        sql`a.status = 'scheduled'`,
        sql`a.publish_at >= ${startOfZonedDay(ctx.now, ctx.timeZone).toISOString()}::timestamptz`,
        sql`a.publish_at <= ${endOfZonedDay(ctx.now, ctx.timeZone).toISOString()}::timestamptz`,
      );
      break;
    case 'approved_unscheduled':
      where.push(sql`a.status = 'approved'`, sql`a.publish_at is null`);
      break;
    default:
      break;
  }
  if (filters.status.length === 1) where.push(sql`a.status = ${filters.status[0]}`);
  else if (filters.status.length > 1) {
    where.push(
      sql`a.status in (${sql.join(
        filters.status.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  }
  if (filters.sectionId) where.push(sql`a.section_id = ${filters.sectionId}::uuid`);
  if (filters.authorId) where.push(authoredBy(filters.authorId));
  if (filters.tag) where.push(sql`a.tags @> array[${filters.tag}]::text[]`);
  const timeColumn = TIME_COLUMNS[filters.dateField];
  if (filters.from) where.push(sql`${timeColumn} >= ${filters.from}::timestamptz`);
  if (filters.to) where.push(sql`${timeColumn} <= ${filters.to}::timestamptz`);
  if (filters.hasImage === true) where.push(sql`a.lead_media_id is not null`);
  if (filters.hasImage === false) where.push(sql`a.lead_media_id is null`);
  if (search?.words) where.push(sql`a.search_vector @@ ${search.words}::tsquery`);
  if (search?.bigrams) where.push(sql`a.search_bigrams @@ ${search.bigrams}::tsquery`);
  where.push(sql`not ${UNTOUCHED_DRAFT}`);
  return where;
}
