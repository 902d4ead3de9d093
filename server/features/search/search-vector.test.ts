import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/bn';
import { articleSearchVector, buildSearchVector, tokenizeChunked } from './search-vector';

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
    const vector = articleSearchVector({
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
