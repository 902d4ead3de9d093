import { useId } from 'react';
import { zoneLabel } from '../../../shared/bn/dates';

/**
 * A date and time typed in the newsroom's zone (never the browser's), with the
 * zone said next to the field. The server reads the value in that same zone.
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
  return (
    <div className="field when-field">
      <label htmlFor={id}>{label}</label>
      <span className="when-row">
        <input
          id={id}
          name={name}
          type="datetime-local"
          step={1}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={`${id}-zone${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
        />
        <span id={`${id}-zone`} className="zone-label">
          {zoneLabel(timeZone)}
        </span>
      </span>
      {error && (
        <small id={`${id}-error`} className="field-error">
          {error}
        </small>
      )}
    </div>
  );
}
