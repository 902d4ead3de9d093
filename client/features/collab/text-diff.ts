import type * as Y from 'yjs';

/** One edit turning `before` into `after`: at `index`, remove `remove` characters, insert `insert`. */
export interface TextEdit {
  index: number;
  remove: number;
  insert: string;
}

/**
 * The smallest single edit between two values of a field (common prefix and suffix
 * kept). Writing only this into a Y.Text, instead of the whole value, is what lets two
 * people typing in one headline keep both people's characters.
 */
export function diffText(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < max - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++;
  // Never cut a surrogate pair (an emoji): Yjs would store half a character.
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isLow(before.charCodeAt(before.length - end))) end--;
  return {
    index: start,
    remove: before.length - start - end,
    insert: after.slice(start, after.length - end),
  };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Applies the field's new value to its shared text as one minimal edit. */
export function applyTextDiff(text: Y.Text, after: string): void {
  const edit = diffText(text.toString(), after);
  if (!edit) return;
  if (edit.remove > 0) text.delete(edit.index, edit.remove);
  if (edit.insert) text.insert(edit.index, edit.insert);
}

/** Where a caret at `pos` belongs after `edit` (made by someone else) changed the text around it. */
export function mapCaret(pos: number, edit: TextEdit): number {
  if (pos <= edit.index) return pos;
  if (pos >= edit.index + edit.remove) return pos - edit.remove + edit.insert.length;
  return edit.index + edit.insert.length;
}
