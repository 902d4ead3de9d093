import { bijoyToUnicode, hasBijoyOnlyCode, isBijoyCharacter } from './bijoy';

const BENGALI = /[\u0980-\u09ff]/;
// Words that English writes without a vowel letter.
const ENGLISH_NO_VOWEL = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'mt',
  'vs',
  'nd',
  'rd',
  'th',
  'pm',
  'hmm',
  'nth',
]);

/**
 * True when a word is unlikely to be English and typical of Bijoy: a code from
 * the Bijoy-only range, a capital after a small letter (MvB = গান), a `v` (া)
 * before a consonant, `q` (য়) not followed by `u`, or no vowel letter at all.
 */
function looksBijoy(word: string): boolean {
  if (hasBijoyOnlyCode(word)) return true;
  // ` (দ), ~ (ূ), ^ (্ব) and © (reph) glued to letters: English puts them apart, if anywhere.
  if (/[A-Za-z][`~^©]|[`~^][A-Za-z]/.test(word)) return true;
  const letters = word.replace(/[^A-Za-z]/g, '');
  if (letters.length < 2) return false;
  if (/[a-z][A-Z]/.test(letters)) return true;
  if (/v[b-df-hj-np-tv-xz]/i.test(letters) && !/vv/i.test(letters)) return true;
  if (/q(?!u)/i.test(letters)) return true;
  // w (ি) stands before its consonant: pairs English never writes.
  if (/[A-Z]w|^w[A-Z]|w[bcfgjmpqvxz]/.test(letters)) return true;
  if (/v$/.test(letters) && letters.length <= 6) return true;
  const allCaps = letters === letters.toUpperCase();
  if (!allCaps && !/[aeiouy]/i.test(letters) && !ENGLISH_NO_VOWEL.has(letters.toLowerCase())) return true;
  return false;
}

/**
 * How many words of `text` look like Bijoy, out of how many judged (weighted).
 * Words of one letter say nothing either way and are skipped.
 */
export function bijoyScore(text: string): { bijoyWords: number; words: number } {
  // A word with a code only Bijoy uses (‡, ©-less conjuncts...) weighs double: no English text has one.
  let bijoyWords = 0;
  let words = 0;
  for (const raw of text.split(/\s+/)) {
    const word = raw.replace(/^[\s"'.,;:!?()[\]{}“”‘’]+|[\s"'.,;:!?()[\]{}“”‘’]+$/g, '');
    if (!/[A-Za-z]/.test(word) && !hasBijoyOnlyCode(word)) continue;
    if (word.replace(/[^A-Za-z]/g, '').length < 2 && !hasBijoyOnlyCode(word)) continue;
    const weight = hasBijoyOnlyCode(word) ? 2 : 1;
    words += weight;
    if (looksBijoy(word)) bijoyWords += weight;
  }
  return { bijoyWords, words };
}

/**
 * A text is Bijoy when it holds no Bengali code point, nothing a Bijoy font
 * cannot draw, and most of its words fit the Bijoy pattern. Text mixing real
 * English words (brand names, agency credits) stays as it is.
 */
export function isBijoy(text: string): boolean {
  if (BENGALI.test(text)) return false;
  for (const ch of text) if (!/\s/.test(ch) && !isBijoyCharacter(ch)) return false;
  const { bijoyWords, words } = bijoyScore(text);
  if (words === 0) return false;
  return bijoyWords / words >= 0.6;
}

/** Text from outside (a paste, a photo's IPTC caption): converted when it is Bijoy, else unchanged. */
export function convertIfBijoy(text: string): string {
  return isBijoy(text) ? bijoyToUnicode(text) : text;
}
