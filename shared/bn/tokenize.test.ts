import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, MAX_TOKEN_LENGTH, parseSearchQuery, tokenize } from './tokenize';

const ZWJ = '\u200d';
const ZWNJ = '\u200c';
const TOKEN_CHARS = /^[\p{L}\p{M}\p{N}]+$/u;
const HEADLINE = '‘গ্রোক’ চালাতে ১২ বিলিয়ন ডলার ঋণ নিচ্ছেন ইলন মাস্ক';

describe('tokenize', () => {
  it('drops curly quotes around a word', () => {
    expect(tokenize('‘গ্রোক’')).toEqual(['গ্রোক']);
  });

  it('tokenizes the seed headline', () => {
    expect(tokenize(HEADLINE)).toEqual(
      ['গ্রোক', 'চালাতে', '12', 'বিলিয়ন', 'ডলার', 'ঋণ', 'নিচ্ছেন', 'ইলন', 'মাস্ক'].map((t) => t.normalize('NFC')),
    );
  });

  it('drops danda, double danda and other punctuation, even without a space after them', () => {
    expect(tokenize('প্রতিযোগিতায় লিপ্ত।ওপেনএআই, গুগল॥ “মেটা” (এআই)?!')).toEqual(
      ['প্রতিযোগিতায়', 'লিপ্ত', 'ওপেনএআই', 'গুগল', 'মেটা', 'এআই'].map((t) => t.normalize('NFC')),
    );
  });

  it('does not split words at conjuncts, vowel signs, virama or ZWJ', () => {
    expect(tokenize('ক্ষমতা যন্ত্র মন্ত্রী যুক্তরাষ্ট্র')).toEqual(['ক্ষমতা', 'যন্ত্র', 'মন্ত্রী', 'যুক্তরাষ্ট্র']);
    // র‍্যাব with ZWJ (র + ZWJ + ্ + য): one word, ZWJ removed.
    expect(tokenize(`র${ZWJ}্যাব সদস্য`)).toEqual(['র্যাব', 'সদস্য']);
    expect(tokenize(`সং${ZWJ}গ্রহ কি${ZWNJ}ছু`)).toEqual(['সংগ্রহ', 'কিছু']);
  });

  it('gives identical tokens for every way of typing the same text', () => {
    const base = 'নতুন এই সুপারক্লাস্টারে ৫ লাখ ৫০ হাজার জিপিইউ যুক্ত থাকবে। র্যাব ঝুঁকি নিয়ন্ত্রণে বড় ঢাকা';
    const expected = tokenize(base);
    const variants = [
      base.normalize('NFD'),
      base.normalize('NFC'),
      base.replace(/\u09af\u09bc/g, '\u09df').replace(/\u09a1\u09bc/g, '\u09dc'),
      base.normalize('NFC').replace(/\u09af\u09bc/g, '\u09df'),
      base.replace(/র্যাব/, `র${ZWJ}্যাব`).replace('নতুন', `ন${ZWNJ}তুন`),
      base.replace('৫ লাখ ৫০', '5 লাখ 50'),
      base.normalize('NFD').replace(/ /g, `${ZWNJ} `),
    ];
    expect(expected).toContain('50');
    expect(expected).toContain('নিয়ন্ত্রণে'.normalize('NFC'));
    for (const variant of variants) expect(tokenize(variant)).toEqual(expected);
  });

  it('maps digits to Latin, including inside words and with grouping commas', () => {
    expect(tokenize('জিবি২০০ ও জিবি300')).toEqual(['জিবি200', 'ও', 'জিবি300']);
    expect(tokenize('১,২০০ কোটি')).toEqual(tokenize('1200 কোটি'));
  });

  it('splits hyphenated and apostrophe compounds so each part can be found', () => {
    expect(tokenize('এক্স-এআই-এর')).toEqual(['এক্স', 'এআই', 'এর']);
    expect(tokenize('গ্রোক’র')).toEqual(['গ্রোক', 'র']);
    expect(tokenize("Musk's a_b")).toEqual(['musk', 's', 'a', 'b']);
  });

  it('caps a token at 64 code points', () => {
    const [token] = tokenize('ক'.repeat(500));
    expect(Array.from(token)).toHaveLength(MAX_TOKEN_LENGTH);
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ।‘’“”॥ -- ')).toEqual([]);
  });
});

describe('parseSearchQuery', () => {
  it('treats the last word as a prefix while it is being typed', () => {
    expect(parseSearchQuery('ইলন মাস্')).toEqual({ terms: ['ইলন', 'মাস্'], phrases: [], prefix: true });
    expect(parseSearchQuery('ইলন মাস্ক ')).toEqual({ terms: ['ইলন', 'মাস্ক'], phrases: [], prefix: false });
    expect(parseSearchQuery('মাস্ক।').prefix).toBe(false);
  });

  it('reads straight and curly double-quoted phrases', () => {
    expect(parseSearchQuery('"গ্রোক চালাতে" ঋণ')).toEqual({
      terms: ['ঋণ'],
      phrases: [['গ্রোক', 'চালাতে']],
      prefix: true,
    });
    expect(parseSearchQuery('ঋণ “বিশাল বাণিজ্য”')).toEqual({
      terms: ['ঋণ'],
      phrases: [['বিশাল', 'বাণিজ্য'].map((t) => t.normalize('NFC'))],
      prefix: false,
    });
  });

  it('reads ‘single curly quotes’ as part of a plain term', () => {
    expect(parseSearchQuery('‘গ্রোক’')).toEqual({ terms: ['গ্রোক'], phrases: [], prefix: false });
  });

  it('treats an unclosed quote as plain terms', () => {
    expect(parseSearchQuery('"ইলন মা')).toEqual({ terms: ['ইলন', 'মা'], phrases: [], prefix: true });
  });

  it('normalizes terms like the index does', () => {
    const q = parseSearchQuery('বিলি\u09dfন ১২');
    expect(q.terms).toEqual(['বিলি\u09af\u09bcন', '12']);
  });

  it('drops duplicate terms and phrases', () => {
    expect(parseSearchQuery('ঋণ ঋণ "ইলন মাস্ক" "ইলন মাস্ক" ঋণ ')).toEqual({
      terms: ['ঋণ'],
      phrases: [['ইলন', 'মাস্ক']],
      prefix: false,
    });
    expect(parseSearchQuery('ঋণ ডলার ঋণ')).toEqual({ terms: ['ডলার', 'ঋণ'], phrases: [], prefix: true });
  });

  it('strips query-language syntax and SQL wildcards', () => {
    expect(parseSearchQuery("গ্রোক:* & !ইলন | (মাস্ক) <-> 'x' \\ 50% a_b")).toEqual({
      terms: ['গ্রোক', 'ইলন', 'মাস্ক', 'x', '50', 'a', 'b'],
      phrases: [],
      prefix: true,
    });
    expect(parseSearchQuery("'; DROP TABLE stories; --")).toEqual({
      terms: ['drop', 'table', 'stories'],
      phrases: [],
      prefix: false,
    });
  });

  it('caps the number of terms and the token length on huge input', () => {
    const many = parseSearchQuery(
      'শব্দ১ '.repeat(2000) + Array.from({ length: 50 }, (_, i) => `w${i}`).join(' '),
    );
    expect(many.terms.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
    const distinct = parseSearchQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '));
    expect(distinct.terms).toHaveLength(MAX_QUERY_TERMS);
    expect(distinct.terms[31]).toBe('w31');
    // The typed-at-the-end word was cut off, so no prefix.
    expect(distinct.prefix).toBe(false);
    const long = parseSearchQuery('ক'.repeat(10_000));
    expect(long.terms).toHaveLength(1);
    expect(Array.from(long.terms[0])).toHaveLength(MAX_TOKEN_LENGTH);
    const phrases = parseSearchQuery('"a b" '.repeat(5000));
    expect(phrases.phrases).toEqual([['a', 'b']]);
  });

  it('never throws and only returns safe tokens', () => {
    const hostile = [
      '',
      ' ',
      '"',
      '""""',
      '“”“',
      '\\',
      '\\"',
      '%_%',
      ':*',
      '&|!',
      '\u0000\u0001',
      '\ud800',
      '\udc00ক',
      '👨‍👩‍👧 ক'.repeat(3000),
      'ক'.repeat(10_000),
      `"${'খ '.repeat(5000)}`,
    ];
    for (const q of hostile) {
      const result = parseSearchQuery(q);
      expect(result.terms.length + result.phrases.flat().length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
      for (const t of [...result.terms, ...result.phrases.flat()]) expect(t).toMatch(TOKEN_CHARS);
    }
    expect(parseSearchQuery(undefined as unknown as string)).toEqual({
      terms: [],
      phrases: [],
      prefix: false,
    });
    expect(parseSearchQuery(42 as unknown as string)).toEqual({ terms: [], phrases: [], prefix: false });
  });

  it('holds for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (q) => {
        const { terms, phrases, prefix } = parseSearchQuery(q);
        const all = [...terms, ...phrases.flat()];
        return (
          all.length <= MAX_QUERY_TERMS &&
          all.every((t) => TOKEN_CHARS.test(t) && Array.from(t).length <= MAX_TOKEN_LENGTH) &&
          (!prefix || terms.length > 0)
        );
      }),
    );
  });
});
