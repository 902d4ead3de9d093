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

export function buildSearchVector(parts: WeightedText[]): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const part of parts) {
    for (const token of tokenizeChunked(part.text)) {
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(token) ?? [];
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${position}${part.weight}`);
      positions.set(token, list);
    }
    // A gap between fields keeps a phrase from matching across them.
    position = Math.min(position + 10, MAX_POSITION);
  }
  return [...positions].map(([lexeme, list]) => `${quoteLexeme(lexeme)}:${list.join(',')}`).join(' ');
}

export function articleSearchVector(article: {
  headline: string;
  kicker: string;
  summary: string;
  byline: string;
  tags: string[];
  bodyText: string;
}): string {
  return buildSearchVector([
    { text: article.headline, weight: 'A' },
    { text: article.kicker, weight: 'B' },
    { text: article.summary, weight: 'B' },
    { text: `${article.byline} ${article.tags.join(' ')}`, weight: 'C' },
    { text: article.bodyText, weight: 'D' },
  ]);
}
