import { useId } from 'react';
import { useSession } from '../../app/session';
import { StaffSelect } from '../../components/StaffSelect';
import type { MediaFilters } from './use-media';

/** Search, uploader, days (in the newsroom's zone) and order of the library. */
export function MediaFilterBar({
  value,
  onChange,
  compact = false,
}: {
  value: MediaFilters;
  onChange: (next: MediaFilters) => void;
  compact?: boolean;
}) {
  const { timeZone } = useSession();
  const id = useId();
  const set = (field: keyof MediaFilters) => (e: { target: { value: string } }) =>
    onChange({ ...value, [field]: e.target.value });
  return (
    <search className="media-filters">
      <label htmlFor={`${id}-q`} className="visually-hidden">
        Search images
      </label>
      <input
        id={`${id}-q`}
        type="search"
        placeholder="Search caption, credit, alt text… (খুঁজুন)"
        value={value.q}
        onChange={set('q')}
      />
      {!compact && (
        <>
          <label>
            Uploaded by{' '}
            <StaffSelect
              value={value.uploadedBy}
              onChange={(uploadedBy) => onChange({ ...value, uploadedBy })}
              anyone="Anyone"
            />
          </label>
          <label>
            From <input type="date" value={value.from} onChange={set('from')} />
          </label>
          <label>
            To <input type="date" value={value.to} onChange={set('to')} />
          </label>
          <span className="muted">({timeZone})</span>
        </>
      )}
      <label>
        Order{' '}
        <select value={value.sort} onChange={set('sort')}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
      </label>
    </search>
  );
}
