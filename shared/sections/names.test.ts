import { describe, expect, it } from 'vitest';
import { sectionNameIn } from './names';

describe('sectionNameIn', () => {
  const sports = { sectionName: 'খেলা', sectionNameEn: 'Sports' };

  it('shows the Bengali name in the Bengali interface and the English one in English', () => {
    expect(sectionNameIn('bn', sports)).toEqual({ name: 'খেলা', lang: 'bn' });
    expect(sectionNameIn('en', sports)).toEqual({ name: 'Sports', lang: 'en' });
  });

  it('falls back to the Bengali name when the English one is empty or missing', () => {
    expect(sectionNameIn('en', { sectionName: 'খেলা', sectionNameEn: '  ' })).toEqual({
      name: 'খেলা',
      lang: 'bn',
    });
    expect(sectionNameIn('en', { sectionName: 'খেলা' })).toEqual({ name: 'খেলা', lang: 'bn' });
  });

  it('gives nothing for a story without a section', () => {
    expect(sectionNameIn('en', { sectionName: null, sectionNameEn: null })).toBeNull();
    expect(sectionNameIn('bn', { sectionName: null })).toBeNull();
  });
});
