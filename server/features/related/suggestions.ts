import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client';
import { articles, media, sections } from '../../db/schema';
import { loadArticle } from '../articles/load-article';
import { quoteLexeme as quote } from '../search/search-query';
import { cardColumns, type StoryCard, toCard } from './related.queries';
import { topWords } from './suggestion-words';

/** How much each signal counts; the result says how a story earned its score. */
export const SUGGESTION_WEIGHTS = {
  /** Per shared tag, for at most three tags. */
  tag: 3,
  section: 1,
  /**
   * Times ts_rank against an OR of the current story's top words: about the share
   * of those words the story holds, headline words counting most (one shared
   * headline word of sixteen is ~0.12, so ~2.5 points).
   */
  text: 20,
  /** Times e^(-age/30 days): a story from today adds 2, one a month old about 0.7. */
  recency: 2,
} as const;

/** How many stories of each kind are ranked at most: newest first within each kind. */
const CANDIDATES = { tags: 200, text: 300, section: 50, scheduled: 100 } as const;

export interface Suggestion extends StoryCard {
  score: number;
  why: {
    sharedTags: string[];
    sameSection: boolean;
    sharedWords: string[];
    tagScore: number;
    sectionScore: number;
    textScore: number;
    recencyScore: number;
    ageDays: number;
  };
}

const textArray = (values: string[]): SQL =>
  values.length === 0
    ? sql`'{}'::text[]`
    : sql`array[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`;

interface ScoredRow {
  id: string;
  shared_tags: string[];
  same_section: boolean;
  text_rank: number;
  age_days: number;
  shared_words: string[];
}

/**
 * Candidate related stories for `articleId`, best first: published or scheduled
 * stories (the only ones a reader could follow) sharing tags, words of the
 * headline and body (the Barta-built search vector against an OR-query of the top
 * words, so no locale-dependent parser is involved), or recently the same section.
 * Stories already in the related list are left out.
 */
export async function suggestRelated(db: DbOrTx, articleId: string, limit = 10): Promise<Suggestion[]> {
  const story = await loadArticle(db, articleId);
  const words = topWords(story);
  const query = words.length > 0 ? words.map(quote).join(' | ') : null;
  const tsq = query ? sql`${query}::tsquery` : sql`null::tsquery`;
  const tags = textArray(story.tags);
  const w = SUGGESTION_WEIGHTS;
  const rank = sql`coalesce(ts_rank(a.search_vector, ${tsq}), 0)`;
  const age = sql`greatest(extract(epoch from now() - coalesce(a.published_at, a.publish_at, a.updated_at)) / 86400, 0)`;
  const sharedTags = sql`array(select t from unnest(a.tags) t where t = any(${tags}) order by t)`;
  const live = sql`a.deleted_at is null and a.id <> ${story.id}`;
  const latest = sql`order by a.published_at desc, a.id desc`;
  // Candidates first, each kind capped and newest first on the published-date indexes, so
  // the cost stays flat however big the archive (ranking every story sharing a common
  // word took seconds at 20,000 stories); only these few hundred are then ranked.
  const rows = await queryRows<ScoredRow>(
    db,
    sql`
    with candidates as (
      (select a.id from articles a where a.status = 'published' and ${live} and a.tags && ${tags} ${latest} limit ${CANDIDATES.tags})
      union
      (select a.id from articles a where a.status = 'published' and ${live} and a.search_vector @@ ${tsq} ${latest} limit ${CANDIDATES.text})
      union
      (select a.id from articles a where a.status = 'published' and ${live} and a.section_id = ${story.sectionId}::uuid ${latest} limit ${CANDIDATES.section})
      union
      (select a.id from articles a where a.status = 'scheduled' and ${live}
        and (a.tags && ${tags} or a.search_vector @@ ${tsq} or a.section_id = ${story.sectionId}::uuid)
        order by a.publish_at, a.id limit ${CANDIDATES.scheduled})
    ),
    scored as (
      select a.id,
        ${sharedTags} as shared_tags,
        coalesce(a.section_id = ${story.sectionId}::uuid, false) as same_section,
        ${rank}::float8 as text_rank,
        ${age}::float8 as age_days
      from articles a join candidates c on c.id = a.id
      where not exists (select 1 from related_links r where r.article_id = ${story.id} and r.target_id = a.id)
    )
    select b.*,
      array(select unnest(tsvector_to_array(v.search_vector)) intersect select unnest(${textArray(words)})) as shared_words
    from (select * from scored s
    order by
      least(cardinality(s.shared_tags), 3) * ${w.tag}::float8
      + case when s.same_section then ${w.section}::float8 else 0 end
      + s.text_rank * ${w.text}::float8
      + exp(-s.age_days / 30) * ${w.recency}::float8 desc,
      s.id
    limit ${limit}) b
    join articles v on v.id = b.id`,
  );
  if (rows.length === 0) return [];
  const cards = await db
    .select(cardColumns)
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.leadMediaId))
    .where(
      inArray(
        articles.id,
        rows.map((r) => r.id),
      ),
    );
  const byId = new Map(cards.map((c) => [c.id, toCard(c)]));
  return rows
    .flatMap((row) => {
      const card = byId.get(row.id);
      return card ? [{ ...card, ...explain(row) }] : [];
    })
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

const round = (n: number) => Math.round(n * 100) / 100;

function explain(row: ScoredRow): Pick<Suggestion, 'score' | 'why'> {
  const ageDays = Math.max(0, Number(row.age_days));
  const why = {
    sharedTags: row.shared_tags,
    sameSection: row.same_section,
    sharedWords: [...row.shared_words].sort(),
    tagScore: Math.min(row.shared_tags.length, 3) * SUGGESTION_WEIGHTS.tag,
    sectionScore: row.same_section ? SUGGESTION_WEIGHTS.section : 0,
    textScore: round(Number(row.text_rank) * SUGGESTION_WEIGHTS.text),
    recencyScore: round(Math.exp(-ageDays / 30) * SUGGESTION_WEIGHTS.recency),
    ageDays: Math.floor(ageDays),
  };
  return { score: round(why.tagScore + why.sectionScore + why.textScore + why.recencyScore), why };
}
