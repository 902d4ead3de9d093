import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bijoyToUnicode } from './bijoy';
import { measureAccuracy, parseCorpus } from './bijoy-accuracy';

const corpus = parseCorpus(readFileSync(new URL('./fixtures/bijoy-corpus.tsv', import.meta.url), 'utf8'));

describe('bijoyToUnicode corpus', () => {
  it('holds at least 200 phrases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
  });

  it('converts every phrase of the corpus exactly', () => {
    const accuracy = measureAccuracy(corpus);
    console.info(
      `Bijoy corpus: ${accuracy.phrasesRight}/${accuracy.phrases} phrases (${(accuracy.byPhrase * 100).toFixed(2)}%), ` +
        `${accuracy.characters - accuracy.characterErrors}/${accuracy.characters} characters (${(accuracy.byCharacter * 100).toFixed(2)}%)`,
    );
    expect(
      accuracy.failures.map(({ line, bijoy, expected, actual }) => ({ line, bijoy, expected, actual })),
    ).toEqual([]);
    expect(accuracy.byPhrase).toBe(1);
  });
});

describe('bijoyToUnicode rules', () => {
  it('moves ি ে ৈ after the whole conjunct, ra-phala and ya-phala included', () => {
    expect(bijoyToUnicode('w¯’wZ')).toBe('স্থিতি');
    expect(bijoyToUnicode('‡cÖg')).toBe('প্রেম');
    expect(bijoyToUnicode('‰R¨ô')).toBe('জ্যৈষ্ঠ');
  });

  it('joins the two parts of ো and ৌ', () => {
    expect(bijoyToUnicode('‡Kv')).toBe('কো');
    expect(bijoyToUnicode('‡KŠ')).toBe('কৌ');
    expect(bijoyToUnicode('‡Kv').length).toBe(2);
  });

  it('moves the reph before its cluster, past vowel signs typed before it', () => {
    expect(bijoyToUnicode('Kvh©')).toBe('কার্য');
    expect(bijoyToUnicode('KxwZ©')).toBe('কীর্তি');
    expect(bijoyToUnicode('g~Q©v')).toBe('মূর্ছা');
  });

  it('keeps ya-phala on ra as র‍্য, not a reph', () => {
    expect(bijoyToUnicode('i¨v‡ei')).toBe('র\u200d\u09cdযাবের');
  });

  it('leaves quotes and dashes alone when they are not glued to a consonant', () => {
    expect(bijoyToUnicode('“XvKv” — cÖ_g')).toBe('“ঢাকা” — প্রথম');
    expect(bijoyToUnicode('i“')).toBe('রু');
  });

  it('writes nukta letters in NFC (base + nukta) and keeps non-Bijoy characters', () => {
    expect(bijoyToUnicode('q')).toBe('\u09af\u09bc');
    expect(bijoyToUnicode('XvKv\n\tcÖ_g')).toBe('ঢাকা\n\tপ্রথম');
  });
});
