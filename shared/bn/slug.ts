import { toLatinDigits } from './digits';
import { transliterateWord } from './transliterate';

/** Slugs are cut to this length, at a word boundary when there is one. */
export const MAX_SLUG_LENGTH = 80;
const MAX_VALID_SLUG_LENGTH = 120;
const FALLBACK_SLUG = 'story';

const VALID_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Apostrophes and single quotes vanish rather than split (Musk’s → musks).
const APOSTROPHES = /['\u2018\u2019\u02bc`]/g;
// A word: a run of Bengali letters and signs (U+0980..U+09FF but its digits and
// ৳), Latin letters and digits, so জিবি২০০ stays one word. ৳ is a word of its own.
const WORD = /[\u0980-\u09e5\u09f0-\u09f2\u09f4-\u09ff\p{Script=Latin}0-9]+|৳/gu;
// Within a word, the Bengali part and the Latin/digit part are romanized separately.
const SCRIPT_RUN = /[\u0980-\u09ff]+|[^\u0980-\u09ff]+/gu;
// Legacy khanda ta (ত্ + ZWJ) becomes ৎ before the joiners are dropped.
const LEGACY_KHANDA_TA = /\u09a4\u09cd\u200d/g;
const JOINERS = /\u200c|\u200d/g;
const BENGALI = /[\u0980-\u09ff]/;

function latinWord(word: string): string {
  // Strip accents (café → cafe); what is left outside a-z0-9 is dropped.
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function romanizeRun(run: string): string {
  return BENGALI.test(run) ? transliterateWord(run) : latinWord(run);
}

function romanize(word: string): string {
  if (word === '৳') return 'taka';
  let out = '';
  for (const [run] of word.matchAll(SCRIPT_RUN)) out += romanizeRun(run);
  return out;
}

/**
 * A URL slug from a headline: Bengali transliterated, English kept, digits as
 * 0-9, words joined by hyphens, at most 80 characters, never empty:
 * `‘গ্রোক’ চালাতে ১২ বিলিয়ন ডলার ঋণ নিচ্ছেন ইলন মাস্ক`
 * → `grok-chalate-12-biliyon-dolar-rin-nichchhen-ilon-mask`.
 */
export function slugify(headline: string): string {
  if (typeof headline !== 'string') return FALLBACK_SLUG;
  const text = toLatinDigits(headline.normalize('NFC'))
    .replace(LEGACY_KHANDA_TA, 'ৎ')
    .replace(JOINERS, '')
    .replace(APOSTROPHES, '')
    // Digit group separators: ১,২০০ → 1200.
    .replace(/(?<=\d),(?=\d)/g, '');
  const words: string[] = [];
  for (const [word] of text.matchAll(WORD)) {
    const roman = romanize(word);
    if (roman) words.push(roman);
  }
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) {
      // A first word longer than the limit is cut; later ones are left out whole.
      if (!slug) slug = word.slice(0, MAX_SLUG_LENGTH);
      break;
    }
    slug = next;
  }
  return slug || FALLBACK_SLUG;
}

/** Lowercase a-z, 0-9 and single hyphens between them, 1-120 characters. */
export function isValidSlug(value: string): boolean {
  return (
    typeof value === 'string' &&
    value.length >= 1 &&
    value.length <= MAX_VALID_SLUG_LENGTH &&
    VALID_SLUG.test(value)
  );
}
