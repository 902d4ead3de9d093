import { searchKey, tokenize } from '../../../shared/bn';

/**
 * Builds a tsvector literal from shared/bn tokens, so PostgreSQL never parses
 * Bengali itself: its parser and pg_trgm depend on the database's locale
 * (with LC_CTYPE=C they glue quotes to words or see no trigrams at all).
 * Positions are kept for phrase search; weights rank headline (A) over kicker and
 * summary (B), byline and tags (C) and body (D).
 */
export interface WeightedText {
  text: string;
  weight: 'A' | 'B' | 'C' | 'D';
}

const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 256;
// PostgreSQL limits a lexeme to 2 KB; tokens are already capped far below that.

// ICU never joins a word across whitespace, so tokenizing chunk by chunk gives the
// same tokens as tokenizing the whole text; a memo of chunks makes a 5,000-word
// body (mostly repeated words) several times cheaper to index.
const CHUNK_CACHE_MAX = 50_000;
const chunkCache = new Map<string, string[]>();
const WHITESPACE = /\s+/u;

/** Exactly `tokenize(text)`, a whitespace-separated chunk at a time with a bounded memo. */
export function tokenizeChunked(text: string): string[] {
  const tokens: string[] = [];
  for (const chunk of searchKey(text).split(WHITESPACE)) {
    if (chunk === '') continue;
    let chunkTokens = chunkCache.get(chunk);
    if (!chunkTokens) {
      chunkTokens = tokenize(chunk);
      if (chunkCache.size >= CHUNK_CACHE_MAX) chunkCache.clear();
      chunkCache.set(chunk, chunkTokens);
    }
    for (const token of chunkTokens) tokens.push(token);
  }
  return tokens;
}

function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** A story's two search columns: its words (with positions) and its two-word sequences. */
export interface SearchVectors {
  searchVector: string;
  searchBigrams: string;
}

/**
 * The words of `parts` as a tsvector literal, and every pair of words at
 * neighbouring positions as one lexeme ("a b", at the first word's position) for
 * the bigram column. A quoted phrase then finds its stories in that column's index
 * alone, instead of reading the word positions of every story holding its words.
 * A bigram is made exactly where `a <-> b` matches the word vector (the positions
 * it kept), so the two columns answer a phrase alike; the migration derives the
 * same bigrams from stored vectors in SQL (search_bigrams_of).
 */
export function buildSearchVectors(parts: WeightedText[]): SearchVectors {
  const positions = new Map<string, string[]>();
  // The positions the vector keeps, in order (several tokens share one only at MAX_POSITION).
  const kept: { position: number; token: string }[] = [];
  let position = 0;
  for (const part of parts) {
    for (const token of tokenizeChunked(part.text)) {
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(token) ?? [];
      if (list.length < MAX_POSITIONS_PER_LEXEME) {
        list.push(`${position}${part.weight}`);
        kept.push({ position, token });
      }
      positions.set(token, list);
    }
    // A gap between fields keeps a phrase from matching across them.
    position = Math.min(position + 10, MAX_POSITION);
  }
  const bigrams = new Map<string, Set<number>>();
  let next = 0;
  for (const word of kept) {
    while (next < kept.length && kept[next].position <= word.position) next += 1;
    for (let j = next; j < kept.length && kept[j].position === word.position + 1; j++) {
      const bigram = `${word.token} ${kept[j].token}`;
      const at = bigrams.get(bigram) ?? new Set<number>();
      if (at.size < MAX_POSITIONS_PER_LEXEME) at.add(word.position);
      bigrams.set(bigram, at);
    }
  }
  return {
    searchVector: [...positions]
      .map(([lexeme, list]) => `${quoteLexeme(lexeme)}:${list.join(',')}`)
      .join(' '),
    searchBigrams: [...bigrams]
      .map(([lexeme, at]) => `${quoteLexeme(lexeme)}:${[...at].join(',')}`)
      .join(' '),
  };
}

export function buildSearchVector(parts: WeightedText[]): string {
  return buildSearchVectors(parts).searchVector;
}

export function articleSearchVectors(article: {
  headline: string;
  kicker: string;
  summary: string;
  byline: string;
  tags: string[];
  bodyText: string;
}): SearchVectors {
  return buildSearchVectors([
    { text: article.headline, weight: 'A' },
    { text: article.kicker, weight: 'B' },
    { text: article.summary, weight: 'B' },
    { text: `${article.byline} ${article.tags.join(' ')}`, weight: 'C' },
    { text: article.bodyText, weight: 'D' },
  ]);
}
