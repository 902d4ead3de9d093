import { toLatinDigits } from './digits';

// Invisible characters that change how a word was typed but not what it says:
// ZWNJ, ZWJ, soft hyphen, word joiner, BOM.
const INVISIBLE = /\u200c|\u200d|\u00ad|\u2060|\ufeff/g;
// ZWSP is an invisible word break, so it must still separate words.
const ZERO_WIDTH_SPACE = /\u200b/g;
// Before Unicode 4.1 khanda ta (ৎ) was typed as ত + virama + ZWJ.
const LEGACY_KHANDA_TA = /\u09a4\u09cd\u200d/g;
// Bijoy-era converters emit অ + া for আ; the two look identical.
const SPLIT_AA = /\u0985\u09be/g;

/**
 * Key for matching text regardless of how it was typed. Used on both sides of a
 * comparison (index and query), never shown to users.
 *
 * Canonical form: the key is NFC. Nukta letters therefore stay as base + nukta
 * (য় = U+09AF U+09BC, ড় = U+09A1 U+09BC, ঢ় = U+09A2 U+09BC): U+09DF/09DC/09DD
 * are composition exclusions, so NFC decomposes them and never produces them.
 * Keeping the NFC form means the key survives any later NFC pass (the database,
 * another client) unchanged, and searchKey(searchKey(x)) === searchKey(x).
 *
 * Also: ZWJ/ZWNJ and other invisibles removed, legacy ত্‍ → ৎ, অা → আ,
 * Bengali digits → Latin digits, lower case. Punctuation (quotes, danda) is
 * left for tokenize() to drop.
 */
export function searchKey(value: string): string {
  const folded = value
    .normalize('NFC')
    .replace(LEGACY_KHANDA_TA, '\u09ce')
    .replace(INVISIBLE, '')
    .replace(ZERO_WIDTH_SPACE, ' ')
    .replace(SPLIT_AA, '\u0986')
    .toLowerCase();
  // Removing a ZWJ can bring ে and া together, which NFC then composes to ো.
  return toLatinDigits(folded).normalize('NFC');
}
