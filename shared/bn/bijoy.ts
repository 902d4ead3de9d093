// Bijoy (SutonnyMJ and the other "MJ" ANSI fonts) → Unicode Bengali.
//
// Bijoy text is stored as Windows-1252 characters that the font draws as Bengali
// glyphs, in visual order: a pre-base vowel sign (ি ে ৈ) is typed before its
// consonant and the reph (র্ drawn above) after it. Converting means mapping each
// glyph code to Unicode and then moving those signs to their logical place.
// The table below follows the SutonnyMJ glyph chart (keyboard: Bijoy 52).

const VIRAMA = '\u09cd';
const ZWJ = '\u200d';
const ZWNJ = '\u200c';
const NUKTA = '\u09bc';
// Private-use marker for a reph while signs are being reordered.
const REPH = '\ue000';

// Multi-character keys first: the tokenizer tries the longest match.
const GLYPHS: ReadonlyArray<readonly [string, string]> = [
  // Sequences the font draws as one shape.
  ['Av', 'আ'],
  ['i¨', `র${ZWJ}${VIRAMA}য`], // র‍্য (RAB, র‍্যালি): ya-phala on ra without a reph
  // Independent vowels.
  ['A', 'অ'],
  ['B', 'ই'],
  ['C', 'ঈ'],
  ['D', 'উ'],
  ['E', 'ঊ'],
  ['F', 'ঋ'],
  ['G', 'এ'],
  ['H', 'ঐ'],
  ['I', 'ও'],
  ['J', 'ঔ'],
  // Consonants.
  ['K', 'ক'],
  ['L', 'খ'],
  ['M', 'গ'],
  ['N', 'ঘ'],
  ['O', 'ঙ'],
  ['P', 'চ'],
  ['Q', 'ছ'],
  ['R', 'জ'],
  ['S', 'ঝ'],
  ['T', 'ঞ'],
  ['U', 'ট'],
  ['V', 'ঠ'],
  ['W', 'ড'],
  ['X', 'ঢ'],
  ['Y', 'ণ'],
  ['Z', 'ত'],
  ['_', 'থ'],
  ['`', 'দ'],
  ['a', 'ধ'],
  ['b', 'ন'],
  ['c', 'প'],
  ['d', 'ফ'],
  ['e', 'ব'],
  ['f', 'ভ'],
  ['g', 'ম'],
  ['h', 'য'],
  ['i', 'র'],
  ['j', 'ল'],
  ['k', 'শ'],
  ['l', 'ষ'],
  ['m', 'স'],
  ['n', 'হ'],
  ['o', `ড${NUKTA}`],
  ['p', `ঢ${NUKTA}`],
  ['q', `য${NUKTA}`],
  ['r', 'ৎ'],
  ['s', 'ং'],
  ['t', 'ঃ'],
  ['u', 'ঁ'],
  // Vowel signs.
  ['v', 'া'],
  ['w', 'ি'],
  ['x', 'ী'],
  ['y', 'ু'],
  ['z', 'ু'],
  ['~', 'ূ'],
  ['ƒ', 'ূ'],
  ['‚', 'ূ'],
  ['„', 'ৃ'],
  ['…', 'ৃ'],
  ['‡', 'ে'],
  ['†', 'ে'],
  ['‰', 'ৈ'],
  ['ˆ', 'ৈ'],
  ['Š', 'ৗ'],
  // Signs that join the consonant before them (phala) or after them (half forms).
  ['©', REPH],
  ['&', VIRAMA],
  ['^', `${VIRAMA}ব`],
  ['¡', `${VIRAMA}ব`],
  ['Ÿ', `${VIRAMA}ব`],
  ['¦', `${VIRAMA}ব`],
  ['¨', `${VIRAMA}য`],
  ['ª', `${VIRAMA}র`],
  ['«', `${VIRAMA}র`],
  ['Ö', `${VIRAMA}র`],
  ['¬', `${VIRAMA}ল`],
  ['ø', `${VIRAMA}ল`],
  ['œ', `${VIRAMA}ন`],
  ['è', `${VIRAMA}ণ`],
  ['¥', `${VIRAMA}ম`],
  ['§', `${VIRAMA}ম`],
  ['¢', `${VIRAMA}ভ`],
  ['£', `${VIRAMA}ভ${VIRAMA}র`],
  ['‹', `${VIRAMA}ক`],
  ['Œ', `${VIRAMA}ক${VIRAMA}র`],
  ['Í', `${VIRAMA}ত`],
  ['¿', `${VIRAMA}ত${VIRAMA}র`],
  ['ú', `${VIRAMA}প`],
  ['®', `ষ${VIRAMA}`],
  ['¯', `স${VIRAMA}`],
  ['˜', `দ${VIRAMA}`],
  ['™', `দ${VIRAMA}`],
  ['š', `ন${VIRAMA}`],
  ['›', `ন${VIRAMA}`],
  ['¤', `ম${VIRAMA}`],
  // Whole conjuncts.
  ['°', 'ক্ক'],
  ['±', 'ক্ট'],
  ['²', 'ক্ষ্ম'],
  ['³', 'ক্ত'],
  ['´', 'ক্ম'],
  ['µ', 'ক্র'],
  ['¶', 'ক্ষ'],
  ['ÿ', 'ক্ষ'],
  ['·', 'ক্স'],
  ['¸', 'গু'],
  ['º', 'গ্দ'],
  ['»', 'গ্ধ'],
  ['¼', 'ঙ্ক'],
  ['½', 'ঙ্গ'],
  ['¾', 'জ্জ'],
  ['À', 'জ্ঝ'],
  ['Á', 'জ্ঞ'],
  ['Â', 'ঞ্চ'],
  ['Ã', 'ঞ্ছ'],
  ['Ä', 'ঞ্জ'],
  ['Å', 'ঞ্ঝ'],
  ['Æ', 'ট্ট'],
  ['Ç', 'ড্ড'],
  ['È', 'ণ্ট'],
  ['É', 'ণ্ঠ'],
  ['Ê', 'ণ্ড'],
  ['Ë', 'ত্ত'],
  ['Ì', 'ত্থ'],
  ['Î', 'ত্র'],
  ['Ï', 'দ্দ'],
  ['×', 'দ্ধ'],
  ['Ø', 'দ্ব'],
  ['Ù', 'দ্ম'],
  ['Ú', 'ন্ঠ'],
  ['Û', 'ন্ড'],
  ['Ü', 'ন্ধ'],
  ['Ý', 'ন্স'],
  ['Þ', 'প্ট'],
  ['ß', 'প্ত'],
  ['à', 'প্প'],
  ['á', 'প্স'],
  ['â', 'ব্জ'],
  ['ã', 'ব্দ'],
  ['ä', 'ব্ধ'],
  ['å', 'ভ্র'],
  ['æ', 'ম্ন'],
  ['ç', 'ম্ফ'],
  ['é', 'ল্ক'],
  ['ê', 'ল্গ'],
  ['ë', 'ল্ট'],
  ['ì', 'ল্ড'],
  ['í', 'ল্প'],
  ['î', 'ল্ফ'],
  ['ï', 'শু'],
  ['ð', 'শ্চ'],
  ['ñ', 'শ্ছ'],
  ['ò', 'ষ্ণ'],
  ['ó', 'ষ্ট'],
  ['ô', 'ষ্ঠ'],
  ['õ', 'ষ্ফ'],
  ['ö', 'স্খ'],
  ['÷', 'স্ট'],
  ['ù', 'স্ফ'],
  ['û', 'হু'],
  ['ü', 'হৃ'],
  ['ý', 'হ্ন'],
  ['þ', 'হ্ম'],
  // Digits and punctuation.
  ['0', '০'],
  ['1', '১'],
  ['2', '২'],
  ['3', '৩'],
  ['4', '৪'],
  ['5', '৫'],
  ['6', '৬'],
  ['7', '৭'],
  ['8', '৮'],
  ['9', '৯'],
  ['|', '।'],
  ['$', '৳'],
  ['Ò', '“'],
  ['Ó', '”'],
  ['Ô', '‘'],
  ['Õ', '’'],
  ['Ñ', '—'],
  ['Ð', '–'],
];

// These codes are a sign when glued to a consonant and the ordinary
// punctuation mark otherwise (Word's smart quotes land on the same codes).
const SIGN_AFTER_CONSONANT: Readonly<Record<string, string>> = {
  '“': 'ু',
  '–': 'ু',
  '‘': `${VIRAMA}তু`,
  '’': `${VIRAMA}থ`,
  '—': `${VIRAMA}ত`,
};

// Half forms on codes that are also common punctuation (Word's closing quote, a
// bullet): the half form only when a consonant follows.
const HALF_BEFORE_CONSONANT: Readonly<Record<string, string>> = {
  '”': `চ${VIRAMA}`,
  '•': `ঙ${VIRAMA}`,
};

const TABLE = new Map<string, string>(GLYPHS);
const MAX_KEY = Math.max(...GLYPHS.map(([key]) => key.length));

const CONSONANT = /[\u0995-\u09b9\u09dc\u09dd\u09df]/;
const PRE_BASE = /[\u09bf\u09c7\u09c8]/;
// Dependent vowel signs and marks that follow a consonant cluster.
const VOWEL_SIGN = /[\u09be-\u09cc\u09d7]/;
const CANDRABINDU = '\u0981';
const AFTER_CLUSTER = /[\u09be-\u09cc\u09d7\u0981-\u0983]/;

const isConsonant = (ch: string | undefined) => ch !== undefined && CONSONANT.test(ch);

/** Glyph codes → Unicode in visual order (pre-base signs still first, reph still after). */
function mapGlyphs(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let matched = false;
    for (let len = Math.min(MAX_KEY, text.length - i); len > 0; len--) {
      const value = TABLE.get(text.slice(i, i + len));
      if (value !== undefined) {
        out.push(...value);
        i += len;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const ch = text[i];
    const half = HALF_BEFORE_CONSONANT[ch];
    if (half !== undefined) {
      const next = TABLE.get(text[i + 1] ?? '');
      out.push(...(next !== undefined && isConsonant(next[0]) ? half : ch));
      i += 1;
      continue;
    }
    const sign = SIGN_AFTER_CONSONANT[ch];
    const prev = out[out.length - 1];
    if (sign !== undefined && (isConsonant(prev) || prev === NUKTA || prev === VIRAMA)) out.push(...sign);
    else out.push(ch);
    i += 1;
  }
  return out;
}

/** End (exclusive) of the consonant cluster starting at `start`, or `start` if none. */
function clusterEnd(chars: string[], start: number): number {
  if (!isConsonant(chars[start])) return start;
  let end = start + 1;
  for (;;) {
    if (chars[end] === NUKTA) end += 1;
    let next = end;
    if (chars[next] === ZWJ || chars[next] === ZWNJ) next += 1;
    if (chars[next] !== VIRAMA) break;
    next += 1;
    if (chars[next] === ZWJ) next += 1;
    if (!isConsonant(chars[next])) break;
    end = next + 1;
  }
  return end;
}

/** Start of the consonant cluster that ends just before `end`. */
function clusterStart(chars: string[], end: number): number {
  let start = end - 1;
  if (chars[start] === NUKTA) start -= 1;
  if (!isConsonant(chars[start])) return end;
  for (;;) {
    let prev = start - 1;
    if (chars[prev] === ZWJ) prev -= 1;
    if (chars[prev] !== VIRAMA) break;
    prev -= 1;
    if (chars[prev] === ZWJ || chars[prev] === ZWNJ) prev -= 1;
    if (chars[prev] === NUKTA) prev -= 1;
    if (!isConsonant(chars[prev])) break;
    start = prev;
  }
  return start;
}

/** ি ে ৈ typed before a cluster move after it; ে…া and ে…ৗ become ো and ৌ. */
function movePreBaseSigns(chars: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i];
    if (PRE_BASE.test(ch)) {
      let j = i + 1;
      const end = clusterEnd(chars, j);
      if (end > j) {
        out.push(...chars.slice(j, end));
        j = end;
        if (ch === '\u09c7' && chars[j] === '\u09be') {
          out.push('\u09cb');
          j += 1;
        } else if (ch === '\u09c7' && chars[j] === '\u09d7') {
          out.push('\u09cc');
          j += 1;
        } else out.push(ch);
        i = j;
        continue;
      }
    }
    out.push(ch);
    i += 1;
  }
  return out;
}

/** The reph, typed after its cluster (and maybe its vowel signs), moves before the cluster. */
function moveRephs(chars: string[]): string[] {
  const out: string[] = [];
  for (const ch of chars) {
    if (ch !== REPH) {
      out.push(ch);
      continue;
    }
    let end = out.length;
    while (end > 0 && AFTER_CLUSTER.test(out[end - 1])) end -= 1;
    const start = clusterStart(out, end);
    if (start < end) out.splice(start, 0, 'র', VIRAMA);
    else out.push('র', VIRAMA);
  }
  return out;
}

/**
 * Converts Bijoy/ANSI text to NFC Unicode Bengali. Characters that are not
 * Bijoy glyph codes (spaces, most punctuation) pass through unchanged.
 */
export function bijoyToUnicode(text: string): string {
  let chars = mapGlyphs(text);
  // A half form (স্) followed by a phala (্ত) would double the virama.
  chars = chars.filter((ch, index) => !(ch === VIRAMA && chars[index + 1] === VIRAMA));
  chars = moveRephs(movePreBaseSigns(chars));
  // Typists put ঁ before or after া; Unicode wants the vowel sign first.
  for (let i = 0; i + 1 < chars.length; i++) {
    if (chars[i] === CANDRABINDU && VOWEL_SIGN.test(chars[i + 1])) {
      [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
    }
  }
  return chars.join('').normalize('NFC');
}

// Codes that only Bijoy text has between letters: vowel signs, phalas, half
// forms and conjuncts drawn from the Windows-1252 upper half. Quotes, dashes and
// © also occur in English, so they do not count on their own.
const BIJOY_ONLY = new Set(
  GLYPHS.map(([key]) => key).filter((key) => key.length === 1 && key > '\u007f' && !'ÒÓÔÕÑÐ©'.includes(key)),
);

export function hasBijoyOnlyCode(word: string): boolean {
  for (const ch of word) if (BIJOY_ONLY.has(ch)) return true;
  return false;
}

/** Every character that can occur in Bijoy text: glyph codes, ASCII, spaces, quotes. */
export function isBijoyCharacter(ch: string): boolean {
  return (
    TABLE.has(ch) ||
    ch in SIGN_AFTER_CONSONANT ||
    ch in HALF_BEFORE_CONSONANT ||
    /[\u0000-\u007f\u00a0\u2018-\u201d\u2026]/.test(ch)
  );
}
