import { describe, expect, it } from 'vitest';
import { STOP_WORDS, topWords } from './suggestion-words';

describe('topWords', () => {
  it('keeps headline words first, then repeated body words, without stop words', () => {
    const words = topWords({
      headline: 'ইলন মাস্ক ঋণ নিচ্ছেন',
      bodyText: 'গ্রোক চালাতে ঋণ। গ্রোক এবং এক্স। এবং আরও গ্রোক, এক্স থেকে।',
    });
    expect(words.slice(0, 4)).toEqual(['ইলন', 'মাস্ক', 'ঋণ', 'নিচ্ছেন']);
    expect(words).toContain('গ্রোক');
    expect(words).toContain('এক্স');
    expect(words).not.toContain('এবং');
    expect(words).not.toContain('থেকে');
    // Said once in the body: not characteristic of the story.
    expect(words).not.toContain('চালাতে');
  });

  it('holds stop words in the same key form as the search vector (য় typed either way)', () => {
    expect(STOP_WORDS.size).toBeGreaterThan(100);
    expect(topWords({ headline: 'হয়েছে হ\u09dfেছে', bodyText: '' })).toEqual([]);
  });

  it('caps the number of words', () => {
    const headline = Array.from({ length: 30 }, (_, i) => `শব্দ${i}`).join(' ');
    expect(topWords({ headline, bodyText: '' }, 5)).toHaveLength(5);
  });
});
