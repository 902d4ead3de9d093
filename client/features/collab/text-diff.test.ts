import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTextDiff, diffText, mapCaret } from './text-diff';

describe('diffText', () => {
  it('finds the one edit between two values', () => {
    expect(diffText('ঢাকায় বৃষ্টি', 'ঢাকায় ভারী বৃষ্টি')).toEqual({ index: 7, remove: 0, insert: 'ভারী ' });
    expect(diffText('abc', 'abc')).toBeNull();
    expect(diffText('aaa', 'aa')).toEqual({ index: 2, remove: 1, insert: '' });
    // Two emoji sharing their first half: the whole character is replaced.
    expect(diffText('\u{1F600}', '\u{1F601}')).toEqual({ index: 0, remove: 2, insert: '\u{1F601}' });
  });

  it('turns any value into any other', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const text = new Y.Doc().getText('t');
        text.insert(0, a);
        applyTextDiff(text, b);
        expect(text.toString()).toBe(b);
      }),
    );
  });

  it('keeps both people’s characters when they type into one field at once', () => {
    const one = new Y.Doc();
    const two = new Y.Doc();
    one.getText('h').insert(0, 'বন্যা');
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    applyTextDiff(one.getText('h'), 'উত্তরে বন্যা');
    applyTextDiff(two.getText('h'), 'বন্যা বাড়ছে');
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    expect(one.getText('h').toString()).toBe('উত্তরে বন্যা বাড়ছে');
    expect(two.getText('h').toString()).toBe(one.getText('h').toString());
  });
});

describe('mapCaret', () => {
  it('keeps a caret on its character when someone edits before, after or around it', () => {
    expect(mapCaret(3, { index: 0, remove: 0, insert: 'xx' })).toBe(5);
    expect(mapCaret(3, { index: 5, remove: 1, insert: 'y' })).toBe(3);
    expect(mapCaret(3, { index: 2, remove: 3, insert: 'z' })).toBe(3);
  });
});
