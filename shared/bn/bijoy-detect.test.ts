import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from './bijoy-accuracy';
import { isBijoy } from './bijoy-detect';

describe('isBijoy', () => {
  it.each([
    'Avwg evsjvq Mvb MvB',
    'Avgvi †mvbvi evsjv‡`k',
    'cÖavbgš¿x',
    'Qwe: cÖ_g Av‡jv',
    'XvKv, 25 b‡f¤^i (evmm)',
    'evsjv‡`k',
    'AvMvgx mßv‡n wbe©vPb Kwgk‡bi ˆeVK|',
    'bv',
    'Mvb',
  ])('takes %s for Bijoy', (text) => {
    expect(isBijoy(text)).toBe(true);
  });

  it.each([
    'The quick brown fox jumps over the lazy dog',
    'Photo: Reuters',
    'AFP/Getty Images',
    'Dhaka, Nov 25 (bdnews24.com)',
    'Prime Minister visits Avenue Q',
    'Star Photo / Rashed Shumon',
    'iPhone 16 launch in Dhaka',
    'BBC',
    'Mr Rahman',
    '© 2024 Reuters',
    '2024',
    '',
    'বাংলাদেশ Avwg evsjvq', // has Bengali code points
    'Photo: Prothom Alo; Avwg evsjvq', // mixed English stays English
    'Reuters/Mohammad Ponir Hossain',
    'AP Photo/Mahmud Hossain Opu',
    'Source: BSS',
    'www.thedailystar.net',
    'R&D budget for AT&T',
    'Tel Aviv is a city',
    'Newton and the Chevrolet',
    'Dhaka University students demand justice for the July victims',
    'The government said on Monday that the budget would be placed in parliament next week.',
  ])('leaves %s as it is', (text) => {
    expect(isBijoy(text)).toBe(false);
  });
});

describe('isBijoy on the corpus', () => {
  const corpus = parseCorpus(readFileSync(new URL('./fixtures/bijoy-corpus.tsv', import.meta.url), 'utf8'));

  it('detects every phrase of three words or more, and nearly all short ones', () => {
    const missed = corpus.filter((entry) => !isBijoy(entry.bijoy));
    console.info(`Bijoy detection: ${corpus.length - missed.length}/${corpus.length} corpus phrases`);
    expect(missed.filter((entry) => entry.bijoy.trim().split(/\s+/).length >= 3)).toEqual([]);
    // Single short words can look English (Ges = এবং, mr = সৎ); they are left as typed.
    expect(missed.length / corpus.length).toBeLessThan(0.05);
  });
});
