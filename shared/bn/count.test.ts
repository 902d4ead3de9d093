import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCharacters, countWords, readingMinutes } from './count';

// The seed article's first paragraph: 38 words separated by spaces, with
// এক্স-এআই-এর one word, (এআই) one word and ‘গ্রোক’ one word.
const FIRST_PARAGRAPH =
  'বিশ্বব্যাপী কৃত্রিম বুদ্ধিমত্তা (এআই) খাতে প্রতিযোগিতা ক্রমেই তীব্র হচ্ছে। এরইমধ্যে নিজের এআই প্রতিষ্ঠান এক্স-এআই-এর ‘গ্রোক’ চ্যাটবটকে এগিয়ে নিতে প্রায় ১২ বিলিয়ন মার্কিন ডলার ঋণ সংগ্রহের উদ্যোগ নিয়েছেন ইলন মাস্ক। যুক্তরাষ্ট্রের প্রভাবশালী সংবাদমাধ্যম ওয়াল স্ট্রিট জার্নাল এই তথ্য জানিয়েছে।';

describe('countWords', () => {
  it('counts the seed paragraph like a reader', () => {
    expect(countWords(FIRST_PARAGRAPH)).toBe(38);
    expect(countWords(FIRST_PARAGRAPH.normalize('NFD'))).toBe(38);
  });

  it('does not count punctuation, and splits at a danda with no space', () => {
    expect(countWords('লিপ্ত।ওপেনএআই')).toBe(2);
    expect(countWords('‘গ্রোক’ । , — “ ” ॥')).toBe(1);
    expect(countWords(' \n\t ')).toBe(0);
    expect(countWords('')).toBe(0);
  });

  it('counts a hyphenated compound once but a spaced dash as a break', () => {
    expect(countWords('এক্স-এআই-এর')).toBe(1);
    expect(countWords('ঢাকা - চট্টগ্রাম')).toBe(2);
    expect(countWords('ঢাকা-চট্টগ্রাম মহাসড়ক')).toBe(2);
  });

  it('keeps conjuncts and ZWJ forms inside one word', () => {
    expect(countWords('ক্ষমতা মন্ত্রী র\u200d্যাব সং\u200dগ্রহ')).toBe(4);
  });

  it('counts numbers and English words', () => {
    expect(countWords('৫ লাখ ৫০ হাজার')).toBe(4);
    expect(countWords("Elon Musk's xAI raises $12 billion.")).toBe(6);
  });
});

describe('countCharacters', () => {
  it('counts grapheme clusters', () => {
    expect(countCharacters('abc')).toBe(3);
    expect(countCharacters('কা')).toBe(1);
    expect(countCharacters('বাংলা')).toBe(2);
    expect(countCharacters('👨‍👩‍👧')).toBe(1);
    expect(countCharacters('')).toBe(0);
  });

  it('keeps a conjunct together (Unicode 15.1 rules, ICU 74+)', () => {
    expect(countCharacters('ক্ষ')).toBe(1);
    expect('ক্ষ'.length).toBe(3);
  });
});

describe('readingMinutes', () => {
  it('reads about 200 words a minute', () => {
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(299)).toBe(1);
    expect(readingMinutes(300)).toBe(2);
    expect(readingMinutes(1000)).toBe(5);
  });

  it('is at least 1 for anything to read, 0 for nothing', () => {
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(-5)).toBe(0);
    expect(readingMinutes(Number.NaN)).toBe(0);
  });
});

describe('long texts', () => {
  it('count the same in one piece as in short pieces (segmenting is done in chunks)', () => {
    const piece = 'এক্স-এআই-এর ‘গ্রোক’ চ্যাটবট  কা\u0981 ';
    const long = piece.repeat(2_000);
    expect(countWords(long)).toBe(countWords(piece) * 2_000);
    expect(countCharacters(long)).toBe(countCharacters(piece) * 2_000);
  });
});

describe('countWords fast path', () => {
  // The reference: ICU segments over the whole text, hyphenated compounds once.
  function reference(text: string): number {
    let count = 0;
    let afterWord = false;
    let joined = false;
    for (const { segment, isWordLike } of new Intl.Segmenter('bn', { granularity: 'word' }).segment(text)) {
      if (isWordLike) {
        if (!joined) count++;
        afterWord = true;
        joined = false;
      } else {
        joined = afterWord && ['-', '\u2010', '\u2011'].includes(segment);
        afterWord = false;
      }
    }
    return count;
  }
  const alphabet = [
    ...'কখগঘািীুূেৈোৌ্ঁংঃৎড়য়০১২৯৳৺।॥,;:.!?‘’“”()-‐–—\'"abcXYZ019éü$+/@#',
    '\u200c',
    '\u200d',
    '\u0301',
    '\ufeff',
    '\u2060',
    '\u00ad',
    ' ',
    ' ',
    '\n',
    '\u00a0',
    'ক্ষ',
    'এআই',
  ];

  it('agrees with ICU segments on random Bengali, Latin and punctuation mixes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(countWords(text)).toBe(reference(text));
      }),
      { numRuns: 3000, seed: 20_261_129 },
    );
  });
});
