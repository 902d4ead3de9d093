import { describe, expect, it } from 'vitest';
import { type DiffPart, diffText } from './revision-diff';

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

describe('diffText on a long story', () => {
  const words = Array.from({ length: 2_000 }, (_, i) => `শব্দ${i}`);
  const story = words.join(' ');

  it('marks only the word that changed, and both texts can be read back from the parts', () => {
    const edited = story.replace('শব্দ1000 ', 'নতুন ');
    const parts = diffText(story, edited);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['শব্দ1000']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['নতুন']);
    const read = (skip: DiffPart['kind']) =>
      parts
        .filter((p) => p.kind !== skip)
        .map((p) => p.text)
        .join('');
    expect(read('added')).toBe(story);
    expect(read('removed')).toBe(edited);
  });

  it('never cuts a word where the texts start to differ', () => {
    // The shared beginning "শব্দ1" is half of both changed words.
    const parts = diffText('শব্দ10 শেষ', 'শব্দ12 শেষ');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['শব্দ10']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['শব্দ12']);
  });

  it('gives one unchanged part for equal texts and marks text added to an empty one', () => {
    expect(diffText(story, story)).toEqual([{ text: story, kind: 'same' }]);
    expect(diffText('', 'প্রথম বাক্য')).toEqual([{ text: 'প্রথম বাক্য', kind: 'added' }]);
    expect(diffText('', '')).toEqual([]);
  });
});
