import { type SQL, sql } from 'drizzle-orm';
import type { StoryListInput, StorySort } from '../../../shared/stories/schemas';
import { type DbOrTx, queryRows, type Tx } from '../../db/client';
import { cursorTimestamp } from '../../db/keyset-cursor';
import type { Rendition } from '../../db/schema';
import { RANK_WEIGHTS, storySearch } from '../search/search-query';
import { withStatementTimeout } from '../search/statement-timeout';
import {
  type ConditionContext,
  mineBranches,
  NULLABLE_SORTS,
  SORT_COLUMNS,
  storyConditions,
} from './story-conditions';
import { decodeCursor, encodeCursor } from './story-cursor';
import { countStories, estimateStories, type StoryTotal } from './story-total';

/** Relevance ranks at most this many matches: the newest matches plus the newest headline matches. */
export const RANKED_RECENT = 1000;
export const RANKED_HEADLINE = 500;
/**
 * A search matching up to this many stories is answered from its matches (all
 * ranked, or all sorted); above it matches are dense enough that walking the
 * last-edited or sort index finds a page quickly.
 */
export const RANK_ALL_LIMIT = 2000;
/** A planner estimate above this many matches decides "many" without counting. */
export const TRUST_ESTIMATE_ABOVE = 10 * RANK_ALL_LIMIT;

async function countUpTo(tx: Tx, where: SQL[], limit: number): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from (select 1 from articles a where ${sql.join(where, sql` and `)} limit ${limit + 1}) t`,
  );
  return Number(row.n);
}

export interface StoryListItem {
  id: string;
  headline: string;
  status: string;
  version: number;
  sectionId: string | null;
  /** Bengali; English readers see `sectionNameEn` (empty falls back to Bengali). */
  sectionName: string | null;
  sectionNameEn: string | null;
  byline: string;
  authors: { id: string; name: string }[];
  updatedAt: Date;
  updatedByName: string | null;
  createdAt: Date;
  publishAt: Date | null;
  publishedAt: Date | null;
  wordCount: number;
  /** A small rendition key of the lead image, served under /media/<key>. */
  thumbKey: string | null;
  /** For "View on site" of a live story. */
  slug: string;
  /** A live story with saved edits readers do not see yet. */
  pendingUpdate: boolean;
}

export interface StoryListPage {
  items: StoryListItem[];
  nextCursor: string | null;
  /** Only on the first page (no cursor): exact up to 10,000, estimated above. */
  total: StoryTotal | null;
  /** Why the search box was ignored, e.g. it held only punctuation. */
  notice: string | null;
  /** The sort actually used (relevance falls back to last edited without a search). */
  sort: StorySort;
}

interface PageRow {
  id: string;
  sort_key: string;
  headline: string;
  status: string;
  version: number;
  section_id: string | null;
  section_name: string | null;
  section_name_en: string | null;
  slug: string;
  has_pending: boolean;
  byline: string;
  updated_at: Date | string;
  updated_by_name: string | null;
  created_at: Date | string;
  publish_at: Date | string | null;
  published_at: Date | string | null;
  word_count: number;
  renditions: Rendition[] | null;
}

const toDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const toDateOrNull = (v: Date | string | null) => (v === null ? null : toDate(v));

function sortKeyExpression(sort: Exclude<StorySort, 'relevance'>): SQL {
  if (sort === 'headline') return sql`a.headline`;
  // Microseconds, so the cursor names the exact row boundary (a JS Date would round to ms).
  return cursorTimestamp(SORT_COLUMNS[sort]);
}

/** Smallest square crop, else the narrowest rendition: the list shows a 48 px thumbnail. */
export function pickThumb(renditions: Rendition[] | null): string | null {
  if (!renditions || renditions.length === 0) return null;
  const sorted = [...renditions].sort(
    (x, y) => Number(y.crop === 'square') - Number(x.crop === 'square') || x.width - y.width,
  );
  return sorted[0].key;
}

/** Page ids and sort keys for a column sort, keyset on (column, id); a union of branches for "My stories". */
function columnPageQuery(
  input: StoryListInput,
  sort: Exclude<StorySort, 'relevance'>,
  branches: SQL[][],
  limit: number,
  matchFirst: SQL[] | null,
): SQL {
  const column = SORT_COLUMNS[sort];
  const desc = input.dir === 'desc';
  const extra: SQL[] = [];
  if (NULLABLE_SORTS.has(sort)) extra.push(sql`${column} is not null`);
  if (input.cursor) {
    const cursor = decodeCursor(input.cursor, sort, input.dir);
    const key = sort === 'headline' ? sql`${cursor.key}::text` : sql`${cursor.key}::timestamptz`;
    extra.push(
      desc
        ? sql`(${column}, a.id) < (${key}, ${cursor.id}::uuid)`
        : sql`(${column}, a.id) > (${key}, ${cursor.id}::uuid)`,
    );
  }
  const direction = sql.raw(desc ? 'desc' : 'asc');
  const branch = (
    where: SQL[],
  ) => sql`select a.id, ${sortKeyExpression(sort)} as sort_key, ${column} as sort_value
    from articles a where ${sql.join([...where, ...extra], sql` and `)}
    order by ${column} ${direction}, a.id ${direction} limit ${limit}`;
  if (matchFirst) {
    // A search with few matches: find them all with the GIN index first, then sort
    // those, instead of walking the sort index past rows that never match.
    return sql`with matches as materialized (select a.id from articles a where ${sql.join(matchFirst, sql` and `)})
      select b.id, b.sort_key from (${branch([sql`a.id in (select m.id from matches m)`])}) b`;
  }
  if (branches.length === 1) return sql`select b.id, b.sort_key from (${branch(branches[0])}) b`;
  const union = sql.join(
    branches.map((where) => sql`(${branch(where)})`),
    sql` union `,
  );
  return sql`select b.id, b.sort_key from (${union}) b order by b.sort_value ${direction}, b.id ${direction} limit ${limit}`;
}

/** Windows of last-edited time, newest first, that the newest phrase matches are looked for in. */
const PHRASE_WINDOWS = ['30 days', '365 days'];

/**
 * The newest RANKED_RECENT phrase matches. Walking the last-edited index would test the
 * bigram column of every story on the way (reading each one's large vector); within a
 * window, PostgreSQL intersects the bigram index with the time index instead. The
 * windows run in order and stop once enough are found, so an older one is read only
 * when the newer ones hold too few.
 */
function newestPhraseMatches(conditions: SQL): SQL {
  const bounds = [...PHRASE_WINDOWS.map((w) => sql`now() - ${w}::interval`), null];
  const windows = bounds.map((from, i) => {
    const to = i === 0 ? null : bounds[i - 1];
    const within = [
      conditions,
      ...(from ? [sql`a.updated_at >= ${from}`] : []),
      ...(to ? [sql`a.updated_at < ${to}`] : []),
    ];
    return sql`(select a.id from articles a where ${sql.join(within, sql` and `)}
      order by a.updated_at desc limit ${RANKED_RECENT})`;
  });
  return sql`(select w.id from (${sql.join(windows, sql` union all `)}) w limit ${RANKED_RECENT})`;
}

/**
 * Relevance: rank (headline weight first) only a bounded candidate set, the newest
 * matches and the newest headline matches, so a word found in half the archive
 * costs the same as a rare one. Keyset on (rank, id).
 */
function relevancePageQuery(
  input: StoryListInput,
  tsquery: string,
  where: SQL[],
  filters: SQL[],
  limit: number,
  rankAll: boolean,
  bigrams: string | null,
): SQL {
  const cursor = input.cursor ? decodeCursor(input.cursor, 'relevance', 'desc') : null;
  const after = cursor ? sql`where (r.rank, r.id) < (${cursor.key}::real, ${cursor.id}::uuid)` : sql``;
  const conditions = sql.join(where, sql` and `);
  // Few matches: rank them all (the GIN index finds them). Many: the newest ones
  // are dense in the last-edited index, so walking it finds them fast.
  // A headline match is a match: testing only the small headline vector keeps this walk cheap.
  const inHeadline = [...filters, sql`a.headline_vector @@ ${tsquery}::tsquery`];
  // A phrase in the headline is a phrase in the story, so its bigrams are in search_bigrams:
  // that index narrows the headline index's matches (which hold the words anywhere in the
  // headline, each to be rechecked on its row) to the stories that hold the phrase.
  if (bigrams) inHeadline.push(sql`a.search_bigrams @@ ${bigrams}::tsquery`);
  const candidates = rankAll
    ? sql`select a.id from articles a where ${conditions}`
    : sql`(select a.id from articles a where ${sql.join(inHeadline, sql` and `)}
        order by a.updated_at desc limit ${RANKED_HEADLINE})
      union
      ${bigrams ? newestPhraseMatches(conditions) : sql`(select a.id from articles a where ${conditions} order by a.updated_at desc limit ${RANKED_RECENT})`}`;
  return sql`with candidates as materialized (
      ${candidates}
    ), ranked as materialized (
      select a.id, ts_rank(${RANK_WEIGHTS}::float4[], a.search_vector, ${tsquery}::tsquery) as rank
      from candidates c join articles a on a.id = c.id
    )
    select r.id, r.rank::text as sort_key from ranked r ${after}
    order by r.rank desc, r.id desc limit ${limit}`;
}

async function loadPage(tx: Tx, pageQuery: SQL, sort: StorySort, dir: 'asc' | 'desc'): Promise<PageRow[]> {
  const order =
    sort === 'relevance'
      ? sql`p.sort_key::real desc, a.id desc`
      : sql`${SORT_COLUMNS[sort]} ${sql.raw(dir)}, a.id ${sql.raw(dir)}`;
  return queryRows<PageRow>(
    tx,
    sql`with page as materialized (${pageQuery})
      select a.id, p.sort_key, a.headline, a.status, a.version, a.section_id, s.name_bn as section_name, s.name_en as section_name_en,
        a.byline, a.updated_at, u.name as updated_by_name, a.created_at, a.publish_at, a.published_at,
        a.word_count, m.renditions, a.slug, a.pending is not null as has_pending
      from page p
      join articles a on a.id = p.id
      left join sections s on s.id = a.section_id
      left join users u on u.id = a.updated_by
      left join media m on m.id = a.lead_media_id
      order by ${order}`,
  );
}

async function authorsOf(tx: Tx, ids: string[]) {
  if (ids.length === 0) return new Map<string, { id: string; name: string }[]>();
  const rows = await queryRows<{ article_id: string; id: string; name: string }>(
    tx,
    sql`select aa.article_id, u.id, u.name from article_authors aa join users u on u.id = aa.user_id
      where aa.article_id = any(${`{${ids.join(',')}}`}::uuid[]) order by aa.article_id, aa.position`,
  );
  const byArticle = new Map<string, { id: string; name: string }[]>();
  for (const row of rows) {
    const list = byArticle.get(row.article_id) ?? [];
    list.push({ id: row.id, name: row.name });
    byArticle.set(row.article_id, list);
  }
  return byArticle;
}

/** The SQL that picks one page (ids and sort keys), for listStories and for EXPLAIN in bench/. */
export function storyPageQuery(input: StoryListInput, ctx: ConditionContext, fewMatches = false) {
  const search = storySearch(input.q);
  const tsquery = search?.tsquery ?? null;
  const sort: StorySort = input.sort === 'relevance' && !tsquery ? 'updated' : input.sort;
  const dir = sort === 'relevance' ? 'desc' : input.dir;
  const where = storyConditions(input, search, ctx);
  const limit = input.limit + 1;
  const page =
    sort === 'relevance'
      ? relevancePageQuery(
          input,
          tsquery as string,
          where,
          storyConditions(input, null, ctx),
          limit,
          fewMatches,
          search?.bigrams ?? null,
        )
      : columnPageQuery(
          { ...input, dir },
          sort,
          mineBranches(input, where, ctx) ?? [where],
          limit,
          fewMatches ? where : null,
        );
  return { page, where, sort, dir, tsquery };
}

/** The story list: every filter, any sort, keyset pages, a total on the first page. */
export async function listStories(
  db: DbOrTx,
  input: StoryListInput,
  ctx: ConditionContext,
): Promise<StoryListPage> {
  const { where, sort, dir, tsquery } = storyPageQuery(input, ctx);
  const notice =
    input.q.trim() !== '' && !tsquery ? 'The search holds no letters or digits, so it was ignored.' : null;

  return withStatementTimeout(db, async (tx) => {
    // With a search, how many stories match decides the plan (see RANK_ALL_LIMIT);
    // phrases are counted in the bigram index, so counting costs no word positions.
    const estimate = tsquery === null ? null : await estimateStories(tx, where);
    // Far more than the limit by the planner's estimate is trusted: counting to the limit
    // through a common word costs more than the page itself. Near or under it, count.
    const fewMatches =
      estimate !== null &&
      estimate <= TRUST_ESTIMATE_ABOVE &&
      (await countUpTo(tx, where, RANK_ALL_LIMIT)) <= RANK_ALL_LIMIT;
    const pageQuery = storyPageQuery(input, ctx, fewMatches).page;
    const rows = await loadPage(tx, pageQuery, sort, dir);
    const pageRows = rows.slice(0, input.limit);
    const authors = await authorsOf(
      tx,
      pageRows.map((r) => r.id),
    );
    const last = pageRows[pageRows.length - 1];
    const total = input.cursor ? null : await countStories(tx, where, estimate ?? undefined);
    return {
      items: pageRows.map((r) => ({
        id: r.id,
        headline: r.headline,
        status: r.status,
        version: r.version,
        sectionId: r.section_id,
        sectionName: r.section_name,
        sectionNameEn: r.section_name_en,
        byline: r.byline,
        authors: authors.get(r.id) ?? [],
        updatedAt: toDate(r.updated_at),
        updatedByName: r.updated_by_name,
        createdAt: toDate(r.created_at),
        publishAt: toDateOrNull(r.publish_at),
        publishedAt: toDateOrNull(r.published_at),
        wordCount: r.word_count,
        thumbKey: pickThumb(r.renditions),
        slug: r.slug,
        pendingUpdate: Boolean(r.has_pending),
      })),
      nextCursor:
        rows.length > input.limit && last
          ? encodeCursor({ sort, dir, key: last.sort_key, id: last.id })
          : null,
      total,
      notice,
      sort,
    };
  });
}
