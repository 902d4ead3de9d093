import { useLayoutEffect, useRef } from 'react';
import { diffText, mapCaret } from './text-diff';

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * Keeps the caret (and selection) on the same characters when someone else's typing
 * changes a focused field: React alone would put it at the end. The field's text and
 * selection are read during render, before React writes the new value; one's own typing
 * is already in the field then, so it is never moved.
 */
export function useCaretKeeper<T extends Field>(value: string) {
  const ref = useRef<T>(null);
  const before = useRef<{ text: string; start: number; end: number } | null>(null);
  const el = ref.current;
  before.current =
    el && el === document.activeElement && el.selectionStart !== null
      ? { text: el.value, start: el.selectionStart, end: el.selectionEnd ?? el.selectionStart }
      : null;
  useLayoutEffect(() => {
    const seen = before.current;
    const field = ref.current;
    if (!seen || !field || seen.text === value) return;
    const edit = diffText(seen.text, value);
    if (edit) field.setSelectionRange(mapCaret(seen.start, edit), mapCaret(seen.end, edit));
  }, [value]);
  return ref;
}
