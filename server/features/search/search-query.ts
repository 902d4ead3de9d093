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
 * The same search with each quoted phrase loosened to its words in any order: it
 * matches every story the search matches (and more). Its words are found in the
 * index alone, while a phrase needs each candidate's word positions read, so it
 * is the cheap way to learn that a search has few matches. Null without phrases.
 */
export function searchWordsTsQuery(text: string): string | null {
  if (text.trim() === '') return null;
  const parsed = parseSearchQuery(text);
  if (!parsed.phrases.some((phrase) => phrase.length > 1)) return null;
  return buildTsQuery({ ...parsed, terms: [...parsed.phrases.flat(), ...parsed.terms], phrases: [] });
}
