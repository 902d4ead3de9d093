import { useState } from 'react';

export type Parsed = { ok: true; value: string } | { ok: false };

/**
 * The text of a field that shows a value in Barta's words (a day, a date and time) and
 * reads back what is typed, in either script. `value` is the machine form; text that does
 * not read yet is passed on as typed, so the server refuses it rather than a half-typed
 * date being read as another; an empty field is ''.
 */
export function useTypedValue({
  value,
  onChange,
  show,
  parse,
  language,
  keepUnreadable = true,
}: {
  value: string;
  onChange: (value: string) => void;
  show: (value: string) => string;
  parse: (text: string) => Parsed;
  language: string;
  /** Whether text that does not read yet is passed on (a form the server checks) or held back (a filter). */
  keepUnreadable?: boolean;
}) {
  const shown = (machine: string) => (machine ? show(machine) || machine : '');
  const [text, setText] = useState(() => shown(value));
  const [emitted, setEmitted] = useState(value);
  const [shownIn, setShownIn] = useState(language);
  // A new value from outside (a reset, the server's time) or a new language rewrites the text.
  if (value !== emitted || language !== shownIn) {
    setEmitted(value);
    setShownIn(language);
    setText(shown(value));
  }
  const parsed = text.trim() ? parse(text) : null;
  return {
    text,
    unreadable: parsed !== null && !parsed.ok,
    type(typed: string) {
      const read = typed.trim() ? parse(typed) : null;
      const next = read === null ? '' : read.ok ? read.value : typed;
      setText(typed);
      if (read && !read.ok && !keepUnreadable) return;
      setEmitted(next);
      onChange(next);
    },
    /** On leaving the field, what was read is written back in Barta's words. */
    tidy() {
      if (parsed?.ok) setText(shown(parsed.value));
    },
  };
}
