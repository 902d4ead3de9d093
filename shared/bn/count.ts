/** Typical adult reading speed for Bengali news prose. */
export const BN_WORDS_PER_MINUTE = 200;

const wordSegmenter = new Intl.Segmenter('bn', { granularity: 'word' });
const graphemeSegmenter = new Intl.Segmenter('bn', { granularity: 'grapheme' });
// ICU splits এক্স-এআই-এর into three words; a reader (and a word processor) sees one.
const WORD_JOINERS = new Set(['-', '\u2010', '\u2011']);

/**
 * Words as a reader counts them: ICU word segments, so a danda with no space
 * after it (লিপ্ত।ওপেনএআই) still separates words and punctuation is not a word,
 * with hyphenated compounds counted once.
 */
export function countWords(text: string): number {
  if (typeof text !== 'string' || text === '') return 0;
  let count = 0;
  // Most tokens between spaces are one plain word, perhaps inside quotes or before a
  // danda: those are counted without the segmenter, which costs ~20 µs a call.
  for (const token of text.split(SPACES)) {
    if (token === '') continue;
    const core = token.replace(EDGE_PUNCTUATION, '');
    if (core === '') continue;
    count += PLAIN_WORD.test(core) ? 1 : segmentWords(token);
  }
  return count;
}

// \s less U+FEFF: ICU treats that as an invisible format character inside a word.
const SPACES = /[^\S\ufeff]+/u;
// Punctuation at the ends of a token: nothing joins it to a letter across a space.
const EDGE_PUNCTUATION = /^\p{P}+|\p{P}+$/gu;
// Bengali or Latin letters, marks and digits (and ZWJ/ZWNJ): ICU never splits such a run.
const PLAIN_WORD =
  /^(?=[\p{sc=Beng}\p{sc=Latn}0-9])[\p{L}\p{Nd}](?:(?=[\p{sc=Beng}\p{sc=Latn}0-9\u200c\u200d])[\p{L}\p{M}\p{Nd}\u200c\u200d])*$/u;

/** Words in one space-free token, by ICU segments, with hyphenated compounds counted once. */
function segmentWords(token: string): number {
  let count = 0;
  let afterWord = false;
  let joined = false;
  for (const { segment, isWordLike } of wordSegmenter.segment(token)) {
    if (isWordLike) {
      if (!joined) count++;
      afterWord = true;
      joined = false;
    } else {
      joined = afterWord && WORD_JOINERS.has(segment);
      afterWord = false;
    }
  }
  return count;
}

const CHUNK = 512;

/**
 * V8's segment iterator slows down with the length of the string (a 5,000-word
 * story took over a second in one piece, a tenth of that in chunks). Cutting
 * just before whitespace never splits a word or a grapheme cluster.
 */
function* chunksAtSpaces(text: string): Generator<string> {
  const space = /\s/g;
  let start = 0;
  while (text.length - start > CHUNK) {
    space.lastIndex = start + CHUNK;
    const found = space.exec(text);
    if (!found) break;
    yield text.slice(start, found.index);
    start = found.index;
  }
  yield text.slice(start);
}

/**
 * User-perceived characters (grapheme clusters), so কা or an emoji counts once.
 * Engines with Unicode 15.1+ segmentation (ICU 74+) also keep a conjunct such
 * as ক্ষ together; older browsers count its parts.
 */
export function countCharacters(text: string): number {
  if (typeof text !== 'string' || text === '') return 0;
  let count = 0;
  for (const chunk of chunksAtSpaces(text)) for (const _ of graphemeSegmenter.segment(chunk)) count++;
  return count;
}

/** Minutes to read `words` words, rounded, at least 1 when there is anything to read. */
export function readingMinutes(words: number): number {
  if (!Number.isFinite(words) || words <= 0) return 0;
  return Math.max(1, Math.round(words / BN_WORDS_PER_MINUTE));
}
