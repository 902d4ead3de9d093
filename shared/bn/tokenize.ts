import { searchKey } from './normalize';

/** Longer tokens are cut to this many code points, on the index and query side alike. */
export const MAX_TOKEN_LENGTH = 64;
/** A query keeps at most this many tokens (terms and phrase words together). */
export const MAX_QUERY_TERMS = 32;
/** A query is read up to this many UTF-16 units; the rest is ignored. */
export const MAX_QUERY_LENGTH = 4096;

export interface SearchQuery {
  /** Tokens to match anywhere; the last one is a prefix when `prefix` is true. */
  terms: string[];
  /** Token sequences from "double" or “curly” quotes, to match in order. */
  phrases: string[][];
  /** The query ended mid-word, so the last term is still being typed. */
  prefix: boolean;
}

// ICU's word rules keep conjuncts, vowel signs, virama and ZWJ inside a word.
const wordSegmenter = new Intl.Segmenter('bn', { granularity: 'word' });
// Digit group separators: ১,২০০ and 1200 must give the same token.
const DIGIT_GROUPING = /(?<=\d),(?=\d)/g;
// Inside a word-like segment ICU may keep ’ . _ (গ্রোক’র, 3.5, a_b); split there
// so a token only ever holds letters, marks and digits, which is also what
// makes tokens safe to hand to a full-text query parser.
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/u;
const WORD_CHAR_AT_END = /(?:[\p{L}\p{M}\p{N}]|\u200c|\u200d)$/u;
// " and the curly double quotes open and close phrases interchangeably, since
// people type “...” , "..." and ”...” alike.
const PHRASE_QUOTES = /["\u201c\u201d\u201e\uff02]/;

function capLength(token: string): string {
  return token.length <= MAX_TOKEN_LENGTH ? token : Array.from(token).slice(0, MAX_TOKEN_LENGTH).join('');
}

/**
 * Search tokens of `text`: searchKey()ed words with punctuation (‘ ’ “ ” । ॥ …)
 * dropped, e.g. `‘গ্রোক’ চালাতে` → `['গ্রোক', 'চালাতে']`. The key is taken before
 * segmenting so that every spelling of a word (NFC/NFD, য় as one or two code
 * points, with or without ZWJ/ZWNJ, ১২ or 12) is segmented identically.
 */
export function tokenize(text: string): string[] {
  if (typeof text !== 'string' || text === '') return [];
  const tokens: string[] = [];
  for (const { segment, isWordLike } of wordSegmenter.segment(searchKey(text))) {
    if (!isWordLike) continue;
    for (const part of segment.replace(DIGIT_GROUPING, '').split(NON_WORD)) {
      if (part !== '') tokens.push(capLength(part));
    }
  }
  return tokens;
}

// Cut at a code unit boundary that does not split a surrogate pair.
function truncate(value: string): string {
  if (value.length <= MAX_QUERY_LENGTH) return value;
  const end = /[\ud800-\udbff]/.test(value[MAX_QUERY_LENGTH - 1]) ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH;
  return value.slice(0, end);
}

/**
 * Reads what a user typed into a search box. Never throws; whatever the input,
 * every returned token holds only letters, marks and digits.
 * An unclosed quote is ignored (its words count as plain terms), so a phrase
 * being typed still finds results.
 */
export function parseSearchQuery(query: string): SearchQuery {
  const empty: SearchQuery = { terms: [], phrases: [], prefix: false };
  if (typeof query !== 'string') return empty;
  const text = truncate(query);
  const chunks = text.split(PHRASE_QUOTES);
  // With an odd number of quotes the last chunk was opened but never closed.
  const closedPhrases = chunks.length % 2 === 1 ? chunks.length : chunks.length - 1;

  const terms: string[] = [];
  const phrases: string[][] = [];
  let budget = MAX_QUERY_TERMS;
  let lastTermAtEnd = false;
  for (let i = 0; i < chunks.length && budget > 0; i++) {
    const isPhrase = i % 2 === 1 && i < closedPhrases;
    const tokens = tokenize(chunks[i]);
    const kept = tokens.slice(0, budget);
    budget -= kept.length;
    if (isPhrase) {
      if (kept.length > 0) phrases.push(kept);
      continue;
    }
    terms.push(...kept);
    lastTermAtEnd =
      i === chunks.length - 1 &&
      kept.length > 0 &&
      kept.length === tokens.length &&
      WORD_CHAR_AT_END.test(text);
  }
  const prefix = lastTermAtEnd;
  return { terms: dedupeTerms(terms, prefix), phrases: dedupePhrases(phrases), prefix };
}

function dedupeTerms(terms: string[], prefix: boolean): string[] {
  if (!prefix) return [...new Set(terms)];
  // The prefix term must stay last; an exact copy of it earlier adds nothing.
  const last = terms[terms.length - 1];
  return [...new Set(terms.slice(0, -1))].filter((t) => t !== last).concat(last);
}

function dedupePhrases(phrases: string[][]): string[][] {
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const key = p.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
