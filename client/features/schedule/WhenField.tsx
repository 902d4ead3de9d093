import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalInput, parseTypedDateTime } from '../../../shared/i18n/dates';
import { useTypedValue } from '../../components/use-typed-value';
import { useFormat } from '../../lib/use-format';

/**
 * A date and time typed in the newsroom's zone (never the browser's), written the way the
 * dashboard writes every time (`০১ ডিসেম্বর ২০২৬, ০২:২৬ পিএম`), with the zone said next to it.
 * `value` is the wall time `YYYY-MM-DDTHH:mm[:ss]` (see useTypedValue for text that does not read yet).
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
  const field = useTypedValue({
    value,
    onChange,
    language: format.language,
    show: (local) => formatLocalInput(local, format.language),
    parse: (typed) => {
      const read = parseTypedDateTime(typed);
      return read.ok ? { ok: true, value: read.local } : read;
    },
  });
  const unreadable = field.unreadable;
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
          value={field.text}
          onChange={(e) => field.type(e.target.value)}
          onBlur={field.tidy}
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
