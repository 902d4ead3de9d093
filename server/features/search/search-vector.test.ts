import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/bn';
import {
  articleSearchVectors,
  buildSearchVector,
  buildSearchVectors,
  tokenizeChunked,
} from './search-vector';

const PIECES = [
  'গ্রোক',
  'ইলন',
  'মাস্ক',
  '‘গ্রোক’',
  'য়',
  '\u09af\u09bc',
  'ক্\u200dষ',
  '\u200c',
  '\u200b',
  ' ',
  '\u00a0',
  '\n',
  '১,২০০',
  '12',
  '।',
  '-',
  'এক্স-এআই-এর',
  'a.b',
  'Grok',
  '\u0985\u09be',
  'ত্\u200d',
  '"',
  "'",
  '\\',
  '\ufeff',
  '\t',
];

describe('tokenizeChunked', () => {
  it('gives exactly the tokens of tokenize() for any mix of words, spaces and invisibles', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.string(), (parts, noise) => {
        const text = parts.join('') + noise;
        expect(tokenizeChunked(text)).toEqual(tokenize(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('buildSearchVector', () => {
  it('weights headline A and body D, with positions, and quotes every lexeme', () => {
    const vector = buildSearchVector([
      { text: '‘গ্রোক’ চালাতে', weight: 'A' },
      { text: "it's a\\b গ্রোক", weight: 'D' },
    ]);
    expect(vector).toBe("'গ্রোক':1A,17D 'চালাতে':2A 'it':13D 's':14D 'a':15D 'b':16D");
  });

  it('indexes every field of a story', () => {
    const { searchVector: vector } = articleSearchVectors({
      headline: 'মাস্ক',
      kicker: 'কিকার',
      summary: 'সারাংশ',
      byline: 'কাগজ ডেস্ক',
      tags: ['প্রযুক্তি'],
      bodyText: 'শরীর',
    });
    for (const part of ["'মাস্ক':1A", "'কিকার':12B", "'সারাংশ':23B", "'কাগজ':34C", "'প্রযুক্তি':36C", "'শরীর':47D"]) {
      expect(vector).toContain(part);
    }
  });
});

describe('buildSearchVectors', () => {
  it("pairs neighbouring words at the first word's position, never across fields", () => {
    const { searchBigrams } = buildSearchVectors([
      { text: 'ইলন মাস্ক ইলন মাস্ক', weight: 'A' },
      { text: "মাস্ক it's", weight: 'D' },
    ]);
    // Fields are 10 positions apart: 'মাস্ক মাস্ক' across the gap is no bigram.
    expect(searchBigrams).toBe("'ইলন মাস্ক':1,3 'মাস্ক ইলন':2 'মাস্ক it':15 'it s':16");
  });

  it('makes no bigram where the word vector dropped a position', () => {
    // After 256 positions a word's further ones are not kept, so no phrase can start there.
    const { searchVector, searchBigrams } = buildSearchVectors([{ text: 'ক খ '.repeat(300), weight: 'D' }]);
    expect(searchVector.match(/D/g)).toHaveLength(512);
    expect(searchBigrams).toContain("'ক খ':1,3,");
    expect(searchBigrams.match(/'ক খ':([\d,]+)/)?.[1].split(',')).toHaveLength(256);
    expect(searchBigrams.match(/'খ ক':([\d,]+)/)?.[1].split(',')).toHaveLength(255);
  });

  it('is empty for text with fewer than two words', () => {
    expect(buildSearchVectors([{ text: 'এক', weight: 'A' }]).searchBigrams).toBe('');
  });
});
