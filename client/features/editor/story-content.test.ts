import { describe, expect, it } from 'vitest';
import { canonicalJson, type StoryContent, sameContent } from './story-content';

const story = (body: unknown, headline = 'শিরোনাম'): StoryContent =>
  ({
    headline,
    kicker: '',
    summary: '',
    byline: '',
    authorIds: [],
    sectionId: null,
    tags: [],
    slug: '',
    leadMediaId: null,
    leadCaption: null,
    seoTitle: '',
    seoDescription: '',
    body,
  }) as StoryContent;

describe('sameContent: a device copy equal to the saved story is recognised', () => {
  it('ignores key order (PostgreSQL jsonb reorders keys) and Unicode normalization', () => {
    const typed = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'দায়িত্ব' }] }],
    };
    const stored = {
      content: [{ content: [{ text: 'দায়িত্ব'.normalize('NFC'), type: 'text' }], type: 'paragraph' }],
      type: 'doc',
    };
    expect(sameContent(story(typed), story(stored))).toBe(true);
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });

  it('still tells different texts, marks and fields apart', () => {
    const plain = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'এক' }] }] };
    const bold = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'এক', marks: [{ type: 'bold' }] }] }],
    };
    expect(sameContent(story(plain), story(bold))).toBe(false);
    expect(sameContent(story(plain), story(plain, 'অন্য শিরোনাম'))).toBe(false);
  });
});
