import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import { parseSearchQuery } from '../../../shared/bn';
import type { StorySearchInput } from '../../../shared/related/schemas';
import type { DbOrTx } from '../../db/client';
import { articles, media, sections } from '../../db/schema';
import { MIN_PREFIX_LENGTH, quoteLexeme as quote } from '../search/search-query';
import { cardColumns, type StoryCard, toCard } from './related.queries';

/**
 * The tsquery for what was typed: every word must match, the word still being
 * typed as a prefix (`মাস্` finds `মাস্ক`), quoted phrases in order. Matched
 * against the headline lexemes (headline_vector); `weight` 'A' is for the whole vector. Built
 * as a literal so PostgreSQL's parser never sees Bengali. Null when nothing
 * searchable was typed.
 */
export function headlineQuery(q: string, weight: 'A' | '' = ''): string | null {
  const parsed = parseSearchQuery(q);
  const parts = parsed.terms.map((term, i) => {
    const typing = parsed.prefix && i === parsed.terms.length - 1;
    // One typed letter would expand to most of the index: it is searched as a word until the next.
    const prefix = typing && Array.from(term).length >= MIN_PREFIX_LENGTH ? '*' : '';
    return prefix || weight ? `${quote(term)}:${prefix}${weight}` : quote(term);
  });
  for (const phrase of parsed.phrases) {
    parts.push(`(${phrase.map((t) => (weight ? `${quote(t)}:${weight}` : quote(t))).join(' <-> ')})`);
  }
  return parts.length > 0 ? parts.join(' & ') : null;
}

/**
 * The story picker (related list, read-more): stories whose headline matches what
 * was typed, optionally in one section, most recent first. The full story search
 * is the search feature's; this is the small headline-only query the picker needs.
 * "Recent" is the last edit: a story just published or corrected comes first.
 */
export async function searchStories(db: DbOrTx, input: StorySearchInput): Promise<StoryCard[]> {
  // Headline lexemes only, through the search feature's index on exactly this
  // expression (articles_headline_search_idx). A weight-restricted query on the whole
  // vector would read every candidate's body lexemes instead: 1-2 s at 20,000 stories.
  const query = headlineQuery(input.q);
  const rows = await db
    .select(cardColumns)
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.leadMediaId))
    .where(
      and(
        isNull(articles.deletedAt),
        query ? sql`${articles.headlineVector} @@ ${query}::tsquery` : undefined,
        input.sectionId ? eq(articles.sectionId, input.sectionId) : undefined,
        input.excludeId ? ne(articles.id, input.excludeId) : undefined,
      ),
    )
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(input.limit);
  return rows.map(toCard);
}
