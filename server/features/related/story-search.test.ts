import { describe, expect, it } from 'vitest';
import { headlineQuery } from './story-search';
import { thumbnailOf } from './thumbnail';

describe('headlineQuery', () => {
  it('needs every word, the word being typed as a prefix', () => {
    expect(headlineQuery('ইলন মাস্')).toBe("'ইলন' & 'মাস্':*");
    expect(headlineQuery('ইলন মাস্ক ')).toBe("'ইলন' & 'মাস্ক'");
    expect(headlineQuery('ইলন মাস্', 'A')).toBe("'ইলন':A & 'মাস্':*A");
  });

  it('keeps quoted phrases in order and ignores punctuation and tsquery syntax', () => {
    expect(headlineQuery('“বিশাল বাণিজ্য” চুক্তি।')).toBe("'চুক্তি' & ('বিশাল' <-> 'বাণিজ্য')");
    expect(headlineQuery("a' | !b & (c:*")).toBe("'a' & 'b' & 'c'");
    expect(headlineQuery(' ।, ')).toBeNull();
  });

  it('does not expand a single typed letter to most of the index', () => {
    expect(headlineQuery('ক')).toBe("'ক'");
  });
});

describe('thumbnailOf', () => {
  it('prefers the square crop, then the narrowest WebP, else nothing', () => {
    const webp = (width: number, crop?: 'square') => ({
      key: `ab/${'0'.repeat(64)}-${width}.webp`,
      format: 'webp' as const,
      width,
      height: width,
      bytes: 1,
      ...(crop ? { crop } : {}),
    });
    expect(thumbnailOf([webp(1280), webp(320, 'square'), webp(640)])).toBe(
      `/media/ab/${'0'.repeat(64)}-320.webp`,
    );
    expect(thumbnailOf([webp(1280), webp(640)])).toBe(`/media/ab/${'0'.repeat(64)}-640.webp`);
    expect(thumbnailOf([])).toBeNull();
    expect(thumbnailOf(null)).toBeNull();
  });
});
