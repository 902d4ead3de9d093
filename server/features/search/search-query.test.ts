import { describe, expect, it } from 'vitest';
import { searchTsQuery, searchWordsTsQuery } from './search-query';

describe('the tsquery literal for a search', () => {
  it('joins words with &, phrases with <->, and marks the word being typed as a prefix', () => {
    expect(searchTsQuery('ইলন মাস্')).toBe("'ইলন' & 'মাস্':*");
    expect(searchTsQuery('"ইলন মাস্ক" গ্রোক ')).toBe("'গ্রোক' & ('ইলন' <-> 'মাস্ক')");
  });

  it('loosens phrases to their words for the cheap "how many match" question', () => {
    expect(searchWordsTsQuery('"ইলন মাস্ক" গ্রো')).toBe("'ইলন' & 'মাস্ক' & 'গ্রো':*");
    expect(searchWordsTsQuery('"ইলন মাস্ক"')).toBe("'ইলন' & 'মাস্ক'");
  });

  it('has nothing to loosen without a phrase of two or more words', () => {
    expect(searchWordsTsQuery('ইলন মাস্ক')).toBeNull();
    expect(searchWordsTsQuery('"ইলন"')).toBeNull();
    expect(searchWordsTsQuery('   ')).toBeNull();
  });
});
