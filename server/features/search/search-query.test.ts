import { describe, expect, it } from 'vitest';
import { phraseBigrams, searchTsQuery, storySearch } from './search-query';

describe('the tsquery literal for a search', () => {
  it('joins words with &, phrases with <->, and marks the word being typed as a prefix', () => {
    expect(searchTsQuery('ইলন মাস্')).toBe("'ইলন' & 'মাস্':*");
    expect(searchTsQuery('"ইলন মাস্ক" গ্রোক ')).toBe("'গ্রোক' & ('ইলন' <-> 'মাস্ক')");
  });
});

describe('a story search split over the word and bigram indexes', () => {
  it('looks a two-word phrase up as one bigram, and a longer one as a chain of bigrams', () => {
    expect(phraseBigrams(['ইলন', 'মাস্ক'])).toBe("'ইলন মাস্ক'");
    expect(phraseBigrams(['১২', 'বিলিয়ন', 'ডলার'])).toBe("('১২ বিলিয়ন' <-> 'বিলিয়ন ডলার')");
  });

  it('keeps words, prefixes and one-word phrases on the word vector', () => {
    expect(storySearch('"ইলন মাস্ক" গ্রো')).toEqual({
      tsquery: "'গ্রো':* & ('ইলন' <-> 'মাস্ক')",
      words: "'গ্রো':*",
      bigrams: "'ইলন মাস্ক'",
    });
    expect(storySearch('ইলন "মাস্ক"')).toEqual({
      tsquery: "'ইলন' & 'মাস্ক'",
      words: "'ইলন' & 'মাস্ক'",
      bigrams: null,
    });
    expect(storySearch('"এক দুই" "তিন চার পাঁচ"')?.bigrams).toBe("'এক দুই' & ('তিন চার' <-> 'চার পাঁচ')");
    expect(storySearch('"এক দুই"')?.words).toBeNull();
  });

  it('quotes a bigram whatever its words hold', () => {
    expect(phraseBigrams(["it's", 'a\\b'])).toBe("'it''s a\\\\b'");
  });

  it('is null when nothing searchable is left', () => {
    expect(storySearch('   ')).toBeNull();
    expect(storySearch('%_&|!')).toBeNull();
  });
});
