import { describe, expect, it } from 'vitest';
import { diffText } from './revision-diff';

describe('diffText', () => {
  it('marks whole Bengali words added and removed', () => {
    const parts = diffText('ইলন মাস্ক ঋণ নিচ্ছেন', 'ইলন মাস্ক বড় ঋণ নিলেন');
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['বড়', 'নিলেন']);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['নিচ্ছেন']);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('ইলন মাস্ক ঋণ নিচ্ছেন');
  });
});
