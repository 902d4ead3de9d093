import { useTranslation } from 'react-i18next';
import { formatLocalDay, parseTypedDay } from '../../shared/i18n/dates';
import { useFormat } from '../lib/use-format';
import { useTypedValue } from './use-typed-value';

/**
 * A day typed in Barta's words (`২৩ জুলাই ২০২৫`, or `2025-07-23`), never the browser's
 * locale format. For filters: `value` is `YYYY-MM-DD` or '', and a day that does not
 * read yet is held back (the list keeps its last filter) with a hint under the field.
 */
export function DayField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const field = useTypedValue({
    value,
    onChange,
    language,
    keepUnreadable: false,
    show: (day) => formatLocalDay(day, language),
    parse: (typed) => {
      const read = parseTypedDay(typed);
      return read.ok ? { ok: true, value: read.day } : read;
    },
  });
  const example = formatLocalDay('2026-12-01', language);
  return (
    <label className="day-field">
      {label}{' '}
      <input
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        size={15}
        placeholder={example}
        value={field.text}
        onChange={(e) => field.type(e.target.value)}
        onBlur={field.tidy}
        aria-invalid={field.unreadable || undefined}
      />
      {field.unreadable && (
        <small className="field-error" role="status">
          {t('dates.unreadableDay', { example })}
        </small>
      )}
    </label>
  );
}
