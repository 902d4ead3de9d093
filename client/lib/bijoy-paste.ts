import type { ClipboardEvent } from 'react';
import { bijoyPasteConversion } from '../../shared/editor/paste';

/**
 * onPaste for a headline, summary, caption or credit field. Bijoy text is
 * inserted as it came and then replaced by its Unicode conversion in a second
 * edit, both through the browser's editing commands so its own undo works: one
 * Ctrl+Z gives back the pasted original, a second removes the paste. Anything
 * else pastes as usual.
 */
export function onBijoyPaste(event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>): void {
  const text = event.clipboardData.getData('text/plain');
  const converted = bijoyPasteConversion(text, event.clipboardData.getData('text/html'));
  if (converted === null) return;
  const field = event.currentTarget;
  const start = field.selectionStart ?? field.value.length;
  event.preventDefault();
  // execCommand (deprecated but the only way) keeps the field's undo history;
  // assigning .value would wipe it.
  if (!document.execCommand('insertText', false, text)) {
    field.setRangeText(converted, start, field.selectionEnd ?? start, 'end');
    field.dispatchEvent(new Event('input', { bubbles: true }));
    return;
  }
  // An <input> drops newlines, so select what was actually inserted.
  field.setSelectionRange(start, field.selectionEnd ?? start);
  document.execCommand('insertText', false, converted);
}
