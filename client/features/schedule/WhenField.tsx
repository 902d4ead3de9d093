import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalInput, parseTypedDateTime } from '../../../shared/i18n/dates';
import { useFormat } from '../../lib/use-format';

/**
 * A date and time typed in the newsroom's zone (never the browser's), written the way the
 * dashboard writes every time (`০১ ডিসেম্বর ২০২৬, ০২:২৬ পিএম`), with the zone said next to it.
 * `value` is the wall time `YYYY-MM-DDTHH:mm[:ss]`; text that is not a time yet is passed on
 * as typed, so the server refuses it rather than a half-typed time being read as another.
 */
export function WhenField({
  label,
  value,
  onChange,
  timeZone,
  error,
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  timeZone: string;
  error?: string;
  name: string;
}) {
  const id = useId();
  const { t } = useTranslation();
  const format = useFormat(timeZone);
  const shown = (local: string) => (local ? formatLocalInput(local, format.language) || local : '');
  const [text, setText] = useState(() => shown(value));
  const [emitted, setEmitted] = useState(value);
  const [language, setLanguage] = useState(format.language);
  // A new value from outside (a reset, the server's time) or a new language rewrites the text.
  if (value !== emitted || language !== format.language) {
    setEmitted(value);
    setLanguage(format.language);
    setText(shown(value));
  }
  const parsed = text.trim() ? parseTypedDateTime(text) : null;
  const unreadable = parsed !== null && !parsed.ok;
  const example = formatLocalInput('2026-12-01T14:26', format.language);
  const describedBy = [`${id}-zone`, unreadable || error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field when-field">
      <label htmlFor={id}>{label}</label>
      <span className="when-row">
        <input
          id={id}
          name={name}
          type="text"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          placeholder={example}
          value={text}
          onChange={(e) => {
            const typed = e.target.value;
            const read = typed.trim() ? parseTypedDateTime(typed) : null;
            const next = read === null ? '' : read.ok ? read.local : typed;
            setText(typed);
            setEmitted(next);
            onChange(next);
          }}
          onBlur={() => {
            if (parsed?.ok) setText(shown(parsed.local));
          }}
          aria-describedby={describedBy}
          aria-invalid={unreadable || error ? true : undefined}
        />
        <span id={`${id}-zone`} className="zone-label">
          {format.zone()}
        </span>
      </span>
      {(unreadable || error) && (
        <small id={`${id}-error`} className="field-error">
          {unreadable ? t('dates.unreadable', { example }) : error}
        </small>
      )}
    </div>
  );
}
