import { describe, expect, it } from 'vitest';
import { searchKey } from './normalize';

// Code points spelled out so the test does not depend on how this file was saved.
const YA_NUKTA_ONE = '\u09df'; // য় as one code point (composition exclusion)
const YA_NUKTA_TWO = '\u09af\u09bc'; // য + ় (the NFC form)
const ZWJ = '\u200d';
const ZWNJ = '\u200c';

describe('searchKey', () => {
  it('folds NFD to NFC', () => {
    expect(searchKey('বোঝা'.normalize('NFD'))).toBe(searchKey('বোঝা'.normalize('NFC')));
  });

  it('makes য় ড় ঢ় canonical as base + nukta, whichever way they were typed', () => {
    expect(searchKey(`বিলি${YA_NUKTA_ONE}ন`)).toBe(`বিলি${YA_NUKTA_TWO}ন`);
    expect(searchKey(`বিলি${YA_NUKTA_TWO}ন`)).toBe(`বিলি${YA_NUKTA_TWO}ন`);
    expect(searchKey('ব\u09dc')).toBe('ব\u09a1\u09bc');
    expect(searchKey('ব\u09a1\u09bc')).toBe('ব\u09a1\u09bc');
    expect(searchKey('আ\u09dd')).toBe('আ\u09a2\u09bc');
    expect(searchKey(`বিলি${YA_NUKTA_ONE}ন`)).not.toContain('\u09df');
  });

  it('removes ZWJ and ZWNJ', () => {
    expect(searchKey(`র${ZWJ}্যাব`)).toBe('র্যাব');
    expect(searchKey(`কি${ZWNJ}ছু`)).toBe('কিছু');
    expect(searchKey(`চ্যাটজিপিটি${ZWNJ}র`)).toBe('চ্যাটজিপিটির');
  });

  it('recomposes a vowel sign split by a ZWJ', () => {
    expect(searchKey(`ব\u09c7${ZWJ}\u09be`)).toBe('বো'.normalize('NFC'));
  });

  it('folds legacy khanda ta and the split আ', () => {
    expect(searchKey(`উত্${ZWJ}স`)).toBe('উৎস');
    expect(searchKey('অামরা')).toBe('আমরা');
  });

  it('maps Bengali digits to Latin and lower-cases Latin', () => {
    expect(searchKey('জিবি২০০ GB300 xAI')).toBe('জিবি200 gb300 xai');
  });

  it('keeps punctuation for the tokenizer to drop', () => {
    expect(searchKey('‘গ্রোক’।')).toBe('‘গ্রোক’।');
  });

  it('is idempotent and stable under NFC', () => {
    const samples = [`র${ZWJ}্যাব বিলি${YA_NUKTA_ONE}ন`, 'বোঝা'.normalize('NFD'), `উত্${ZWJ}স ১২ GROK`];
    for (const s of samples) {
      const key = searchKey(s);
      expect(searchKey(key)).toBe(key);
      expect(key.normalize('NFC')).toBe(key);
    }
  });
});
