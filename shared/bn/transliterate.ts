// Bengali → readable ASCII, phonetic rather than reversible: it feeds URLs, so
// it aims at what a Bangladeshi reader would type (ইলন মাস্ক → ilon mask).

const VIRAMA = '\u09cd';
const NUKTA = '\u09bc';

const CONSONANTS: Record<string, string> = {
  ক: 'k',
  খ: 'kh',
  গ: 'g',
  ঘ: 'gh',
  ঙ: 'ng',
  চ: 'ch',
  ছ: 'chh',
  জ: 'j',
  ঝ: 'jh',
  ঞ: 'n',
  ট: 't',
  ঠ: 'th',
  ড: 'd',
  ঢ: 'dh',
  ণ: 'n',
  ত: 't',
  থ: 'th',
  দ: 'd',
  ধ: 'dh',
  ন: 'n',
  প: 'p',
  ফ: 'f',
  ব: 'b',
  ভ: 'bh',
  ম: 'm',
  য: 'j',
  র: 'r',
  ল: 'l',
  শ: 'sh',
  ষ: 'sh',
  স: 's',
  হ: 'h',
  ৰ: 'r',
  ৱ: 'w',
  // Nukta letters, as NFC spells them (base + U+09BC).
  'ড\u09bc': 'r',
  'ঢ\u09bc': 'rh',
  'য\u09bc': 'y',
};

const INDEPENDENT_VOWELS: Record<string, string> = {
  অ: 'o',
  আ: 'a',
  ই: 'i',
  ঈ: 'i',
  উ: 'u',
  ঊ: 'u',
  ঋ: 'ri',
  ৠ: 'ri',
  ঌ: 'li',
  ৡ: 'li',
  এ: 'e',
  ঐ: 'oi',
  ও: 'o',
  ঔ: 'ou',
};

const VOWEL_SIGNS: Record<string, string> = {
  'া': 'a',
  'ি': 'i',
  'ী': 'i',
  'ু': 'u',
  'ূ': 'u',
  'ৃ': 'ri',
  'ৄ': 'ri',
  'ৢ': 'li',
  'ৣ': 'li',
  'ে': 'e',
  'ৈ': 'oi',
  'ো': 'o',
  'ৌ': 'ou',
  'ৗ': '',
};

// Chandrabindu nasalises (n); anusvara is the ng of বাংলা; visarga is h.
const SIGNS: Record<string, string> = { 'ঁ': 'n', 'ং': 'ng', 'ঃ': 'h' };

// Conjuncts that do not read as the sum of their parts.
const CLUSTER_OVERRIDES: Record<string, string> = { ক্ষ: 'kh', জ্ঞ: 'gy' };

interface Syllable {
  /** Consonants of the cluster (nukta folded in), or one independent vowel. */
  letters: string[];
  vowel: 'inherent' | 'none' | string;
  independent: boolean;
  signs: string;
}

const isConsonant = (c: string | undefined): c is string => c !== undefined && c in CONSONANTS;

// Reads a consonant and its nukta, if any; a nukta letter without its own
// reading (ক়, used for Urdu loans) reads as its base.
function readConsonant(chars: string[], i: number): [string, number] {
  if (chars[i + 1] !== NUKTA) return [chars[i], i + 1];
  const withNukta = `${chars[i]}${NUKTA}`;
  return [withNukta in CONSONANTS ? withNukta : chars[i], i + 2];
}

function parse(word: string): Syllable[] {
  const chars = Array.from(word);
  const syllables: Syllable[] = [];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i];
    let syllable: Syllable;
    if (c === 'ৎ') {
      syllable = { letters: ['ত'], vowel: 'none', independent: false, signs: '' };
      i++;
    } else if (c in INDEPENDENT_VOWELS) {
      syllable = { letters: [c], vowel: 'none', independent: true, signs: '' };
      i++;
    } else if (isConsonant(c)) {
      const letters: string[] = [];
      let [letter, next] = readConsonant(chars, i);
      letters.push(letter);
      while (chars[next] === VIRAMA && isConsonant(chars[next + 1])) {
        [letter, next] = readConsonant(chars, next + 1);
        letters.push(letter);
      }
      let vowel = 'inherent';
      if (chars[next] === VIRAMA) {
        vowel = 'none';
        next++;
      } else if (chars[next] in VOWEL_SIGNS) {
        vowel = chars[next];
        next++;
      }
      syllable = { letters, vowel, independent: false, signs: '' };
      i = next;
    } else {
      // A stray mark or virama: nothing to say for it.
      i++;
      continue;
    }
    while (chars[i] in SIGNS || chars[i] === NUKTA) {
      if (chars[i] !== NUKTA) syllable.signs += SIGNS[chars[i]];
      i++;
    }
    syllables.push(syllable);
  }
  return syllables;
}

function clusterRoman(letters: string[], vowel: string): string {
  let out = '';
  for (let j = 0; j < letters.length; j++) {
    const pair = `${letters[j]}${VIRAMA}${letters[j + 1]}`;
    if (pair in CLUSTER_OVERRIDES) {
      out += CLUSTER_OVERRIDES[pair];
      j++;
      continue;
    }
    const letter = letters[j];
    const prev = letters[j - 1];
    if (j === 0 || prev === undefined) out += CONSONANTS[letter];
    // Ya-phala: ব্যাংক is bank and চ্যাট chat, but ব্যয় is byoy.
    else if (letter === 'য') out += vowel === 'া' ? '' : 'y';
    // Ba-phala: বিশ্ব bishwo, স্বাধীন swadhin; but ম্ব and র্ব are a plain b.
    else if (letter === 'ব' && prev !== 'ম' && prev !== 'র') out += 'w';
    else out += CONSONANTS[letter];
  }
  return out;
}

// Whether a word-final conjunct keeps its o. Native words voice it after a phala
// (যন্ত্র jontro, তথ্য tothyo), a doubled letter (দত্ত dotto) or a dental stop
// (বিধ্বস্ত bidhwosto, আনন্দ anondo); English loans end in ট ড ক and lose it
// (মাস্ক mask, পয়েন্ট poyent), except native ষ্ট (কষ্ট koshto).
const PHALAS = new Set(['র', 'য', 'ব']);
const DENTAL_STOPS = new Set(['ত', 'থ', 'দ', 'ধ']);
function keepsFinalO(letters: string[]): boolean {
  if (letters.length < 2) return false;
  const last = letters[letters.length - 1];
  const prev = letters[letters.length - 2];
  return (
    PHALAS.has(last) ||
    last === prev ||
    DENTAL_STOPS.has(last) ||
    (prev === 'ষ' && (last === 'ট' || last === 'ঠ'))
  );
}

/** One Bengali word (no spaces) in lowercase ASCII letters. */
export function transliterateWord(word: string): string {
  // অ্যা / এ্যা spell the English "a" of অ্যান্টোনিও (Antonio).
  const syllables = parse(word.replace(/[অএ]\u09cd\u09af\u09be/g, 'আ'));
  let out = '';
  for (let k = 0; k < syllables.length; k++) {
    const { letters, vowel, independent, signs } = syllables[k];
    const next = syllables[k + 1];
    if (independent) {
      // Word-initial ওয়া is w (ওয়াল wal, ওয়াশিংটন washington).
      if (
        k === 0 &&
        letters[0] === 'ও' &&
        !signs &&
        next?.letters.join() === 'য\u09bc' &&
        next.vowel in VOWEL_SIGNS
      ) {
        out += `w${VOWEL_SIGNS[next.vowel]}${next.signs}`;
        k++;
        continue;
      }
      out += INDEPENDENT_VOWELS[letters[0]] + signs;
      continue;
    }
    out += clusterRoman(letters, vowel);
    if (vowel === 'inherent') {
      const final = next === undefined && signs === '';
      // The inherent o is dropped at the end of a word (ডলার dolar), except in a one-letter word.
      if (!final || syllables.length === 1 || keepsFinalO(letters)) out += 'o';
    } else if (vowel !== 'none') out += VOWEL_SIGNS[vowel];
    out += signs;
  }
  // ঙ্গ/ংগ read ng (সঙ্গে songe) and ংক/ঙ্ক nk (ব্যাংক bank).
  return out.replace(/ngg/g, 'ng').replace(/ngk/g, 'nk');
}
