import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { bodySchema } from '../../../shared/editor';
import { commentHighlights, commentHighlightsKey, locateAnchor } from './comment-highlights';
import { mentionQueryAt } from './mention-input';

const doc = bodySchema.nodeFromJSON({
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'সংসদে আজ বাজেট পাস হয়েছে।' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'অর্থমন্ত্রী ' },
        { type: 'text', text: 'বলেছেন', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' এটি ভালো বাজেট।' },
      ],
    },
  ],
});

describe('locateAnchor', () => {
  it('keeps the recorded range while the text there is unchanged', () => {
    expect(locateAnchor(doc, { from: 1, to: 6, quote: 'সংসদে' })).toEqual({ from: 1, to: 6 });
  });

  it('finds the quoted passage again after the body moved, across marks', () => {
    const found = locateAnchor(doc, { from: 3, to: 9, quote: 'অর্থমন্ত্রী বলেছেন' });
    expect(found).not.toBeNull();
    if (found) expect(doc.textBetween(found.from, found.to)).toBe('অর্থমন্ত্রী বলেছেন');
  });

  it('gives up when the passage is gone', () => {
    expect(locateAnchor(doc, { from: 1, to: 4, quote: 'নেই এমন লেখা' })).toBeNull();
  });
});

describe('commentHighlights', () => {
  it('decorates open anchored comments only, and follows edits', () => {
    const plugins = commentHighlights.config.addProseMirrorPlugins?.call({} as never) ?? [];
    let state = EditorState.create({ doc, plugins });
    const comments = [
      { id: 'open', anchor: { from: 1, to: 6, quote: 'সংসদে' }, resolvedAt: null },
      { id: 'done', anchor: { from: 7, to: 9, quote: 'আজ' }, resolvedAt: new Date() },
      { id: 'plain', anchor: null, resolvedAt: null },
    ];
    state = state.apply(state.tr.setMeta(commentHighlightsKey, comments));
    let found = commentHighlightsKey.getState(state)?.find() ?? [];
    expect(found.map((d) => [d.from, d.to])).toEqual([[1, 6]]);
    state = state.apply(state.tr.insertText('আজ ', 1));
    found = commentHighlightsKey.getState(state)?.find() ?? [];
    expect(found.map((d) => [d.from, d.to])).toEqual([[4, 9]]);
  });
});

describe('mentionQueryAt', () => {
  it('reads the @word before the caret', () => {
    expect(mentionQueryAt('দেখুন @রহি', 10)).toEqual({ start: 6, query: 'রহি' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
  });
  it('ignores e-mail addresses and finished mentions', () => {
    expect(mentionQueryAt('mail a@b', 8)).toBeNull();
    expect(mentionQueryAt('@রহিম উদ্দিন ', 13)).toBeNull();
  });
});
