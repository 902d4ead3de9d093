import { describe, expect, it } from 'vitest';
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
  ])('leaves %s as it is', (text) => {
    expect(isBijoy(text)).toBe(false);
  });
});
