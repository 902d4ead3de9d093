import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { DayField } from '../../components/DayField';
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
  const { t } = useTranslation();
  const id = useId();
  const set = (field: keyof MediaFilters) => (e: { target: { value: string } }) =>
    onChange({ ...value, [field]: e.target.value });
  return (
    <search className="media-filters">
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {t('media.filters.search')}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        placeholder={t('media.filters.searchPlaceholder')}
        value={value.q}
        onChange={set('q')}
      />
      {!compact && (
        <>
          <label>
            {t('media.filters.uploadedBy')}{' '}
            <StaffSelect
              value={value.uploadedBy}
              onChange={(uploadedBy) => onChange({ ...value, uploadedBy })}
              anyone={t('media.filters.anyone')}
            />
          </label>
          <DayField
            label={t('media.filters.from')}
            value={value.from}
            onChange={(from) => onChange({ ...value, from })}
          />
          <DayField
            label={t('media.filters.to')}
            value={value.to}
            onChange={(to) => onChange({ ...value, to })}
          />
          <span className="muted">({timeZone})</span>
        </>
      )}
      <label>
        {t('media.filters.order')}{' '}
        <select value={value.sort} onChange={set('sort')}>
          <option value="newest">{t('media.filters.newest')}</option>
          <option value="oldest">{t('media.filters.oldest')}</option>
        </select>
      </label>
    </search>
  );
}
