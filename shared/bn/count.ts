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
  let afterWord = false;
  let joined = false;
  for (const { segment, isWordLike } of wordSegmenter.segment(text)) {
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

/**
 * User-perceived characters (grapheme clusters), so কা or an emoji counts once.
 * Engines with Unicode 15.1+ segmentation (ICU 74+) also keep a conjunct such
 * as ক্ষ together; older browsers count its parts.
 */
export function countCharacters(text: string): number {
  if (typeof text !== 'string' || text === '') return 0;
  let count = 0;
  for (const _ of graphemeSegmenter.segment(text)) count++;
  return count;
}

/** Minutes to read `words` words, rounded, at least 1 when there is anything to read. */
export function readingMinutes(words: number): number {
  if (!Number.isFinite(words) || words <= 0) return 0;
  return Math.max(1, Math.round(words / BN_WORDS_PER_MINUTE));
}
