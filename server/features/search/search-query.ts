import { parseSearchQuery, type SearchQuery } from '../../../shared/bn';

/** A prefix shorter than this (in code points) would expand to most of the index: search it as a word. */
export const MIN_PREFIX_LENGTH = 2;

/** Weights for ts_rank, in PostgreSQL's {D, C, B, A} order: a headline hit outweighs ten body hits. */
export const RANK_WEIGHTS = '{0.05, 0.2, 0.4, 1.0}';

/** Quotes one lexeme for a tsquery literal: backslashes and quotes are escaped, whatever the token holds. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * Builds a tsquery literal from parsed search tokens: `&` between terms, `<->`
 * inside a phrase, `:*` on a last term still being typed. The literal is bound as
 * a parameter and cast with `$1::tsquery`, so it is never part of the SQL text,
 * and every lexeme is quoted so tsquery's own operators in it are just characters.
 * Returns null when nothing searchable is left (only punctuation, say).
 */
export function buildTsQuery(parsed: SearchQuery): string | null {
  const parts: string[] = [];
  parsed.terms.forEach((term, index) => {
    const isPrefix =
      parsed.prefix && index === parsed.terms.length - 1 && Array.from(term).length >= MIN_PREFIX_LENGTH;
    parts.push(isPrefix ? `${quoteLexeme(term)}:*` : quoteLexeme(term));
  });
  for (const phrase of parsed.phrases) {
    parts.push(phrase.length === 1 ? quoteLexeme(phrase[0]) : `(${phrase.map(quoteLexeme).join(' <-> ')})`);
  }
  return parts.length === 0 ? null : parts.join(' & ');
}

/** What the user typed, as a tsquery literal, or null when it holds no words. */
export function searchTsQuery(text: string): string | null {
  if (text.trim() === '') return null;
  return buildTsQuery(parseSearchQuery(text));
}

/**
 * A search as the story list runs it. `tsquery` is the whole search against the
 * word vector (ranking, and the small headline vector); `words` and `bigrams`
 * together find exactly the same stories through two GIN indexes: the words and
 * one-word phrases in search_vector, each longer phrase as its chain of bigrams in
 * search_bigrams ("a b c" is 'a b' <-> 'b c'). A phrase then costs an index
 * lookup of its bigrams, instead of reading the word positions of every story that
 * holds all its words.
 */
export interface StorySearch {
  tsquery: string;
  words: string | null;
  bigrams: string | null;
}

/** The two-word lexemes of a phrase of two or more words, chained at neighbouring positions. */
export function phraseBigrams(phrase: string[]): string {
  const pairs = phrase.slice(1).map((word, i) => quoteLexeme(`${phrase[i]} ${word}`));
  return pairs.length === 1 ? pairs[0] : `(${pairs.join(' <-> ')})`;
}

/** What the user typed as a story search, or null when it holds no words. */
export function storySearch(text: string): StorySearch | null {
  if (text.trim() === '') return null;
  const parsed = parseSearchQuery(text);
  const tsquery = buildTsQuery(parsed);
  if (tsquery === null) return null;
  const longPhrases = parsed.phrases.filter((phrase) => phrase.length > 1);
  const words = buildTsQuery({ ...parsed, phrases: parsed.phrases.filter((phrase) => phrase.length === 1) });
  const bigrams = longPhrases.length > 0 ? longPhrases.map(phraseBigrams).join(' & ') : null;
  return { tsquery, words, bigrams };
}
