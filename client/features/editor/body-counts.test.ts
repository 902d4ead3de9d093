import { Transform } from '@tiptap/pm/transform';
import { describe, expect, it } from 'vitest';
import { countCharacters, countWords, readingMinutes } from '../../../shared/bn';
import { bodySchema } from '../../../shared/editor/schema';
import { doc, fullBody, paragraph, text } from '../../../shared/editor/test-fixtures';
import { bodyToText } from '../../../shared/editor/text';
import { measureBody } from './body-counts';

/** What the server stores for the story list: counts of the whole body text. */
function wholeTextCounts(json: ReturnType<typeof doc>) {
  const text = bodyToText(json);
  const words = countWords(text);
  return { words, characters: countCharacters(text), minutes: readingMinutes(words) };
}

describe('live word counts, block by block', () => {
  it('agree with the server’s counts for a body using every node (captions in, read-more out)', () => {
    const json = fullBody();
    expect(measureBody(bodySchema.nodeFromJSON(json))).toEqual(wholeTextCounts(json));
  });

  it('agree for empty paragraphs, an empty story and hyphenated Bengali', () => {
    for (const json of [
      doc(paragraph()),
      doc(paragraph(), paragraph(text('এক্স-এআই-এর খবর।')), paragraph()),
      doc(paragraph(text('লিপ্ত।ওপেনএআই')), paragraph(text('  '))),
    ]) {
      expect(measureBody(bodySchema.nodeFromJSON(json))).toEqual(wholeTextCounts(json));
    }
  });

  it('follow an edit to one paragraph of a long story', () => {
    const long = doc(...Array.from({ length: 200 }, (_, i) => paragraph(text(`অনুচ্ছেদ ${i} ঢাকায় বৃষ্টি।`))));
    const before = bodySchema.nodeFromJSON(long);
    expect(measureBody(before).words).toBe(800);
    // Type two words at the end of paragraph 100: only that block is new.
    let end = 1;
    for (let i = 0; i < 100; i++) end += before.child(i).nodeSize;
    end += before.child(100).content.size;
    const after = new Transform(before).insert(end, bodySchema.text(' নতুন শব্দ')).doc;
    expect(after.child(99)).toBe(before.child(99));
    expect(bodyToText(after.toJSON())).toContain('অনুচ্ছেদ 100 ঢাকায় বৃষ্টি। নতুন শব্দ');
    expect(measureBody(after)).toEqual(wholeTextCounts(after.toJSON()));
    expect(measureBody(after).words).toBe(802);
  });
});
