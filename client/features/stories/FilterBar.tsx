import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../shared/articles/status';
import {
  STORY_SORTS,
  STORY_TIME_FIELDS,
  type StorySort,
  type StoryTimeField,
} from '../../../shared/stories/schemas';
import { DayField } from '../../components/DayField';
import { StaffSelect } from '../../components/StaffSelect';
import { useTRPC } from '../../lib/trpc';
import { SectionOption } from '../sections/SectionOption';
import { effectiveSort, type ListState } from './url-state';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Filters and sort over the list; every change goes to the address bar. */
export function FilterBar({
  state,
  onChange,
  timeZone,
}: {
  state: ListState;
  onChange: (patch: Partial<ListState>) => void;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const sections = useQuery(trpc.sections.list.queryOptions());
  const { sort, dir } = effectiveSort(state);
  const sorts = STORY_SORTS.filter((s) => s !== 'relevance' || state.q.trim());
  return (
    <div className="filters story-filters">
      <label>
        {t('stories.filters.status')}
        <select
          aria-label={t('stories.filters.byStatus')}
          value={state.status[0] ?? ''}
          onChange={(e) => onChange({ status: e.target.value ? [e.target.value as ArticleStatus] : [] })}
        >
          <option value="">{t('stories.filters.anyStatus')}</option>
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('stories.filters.section')}
        <select
          value={state.sectionId ?? ''}
          onChange={(e) => onChange({ sectionId: e.target.value || null })}
        >
          <option value="">{t('stories.filters.anySection')}</option>
          {sections.data?.map((s) => (
            <SectionOption key={s.id} section={s} />
          ))}
        </select>
      </label>
      <label>
        {t('stories.filters.author')}
        <StaffSelect
          label={t('stories.filters.byAuthor')}
          value={state.authorId ?? ''}
          onChange={(authorId) => onChange({ authorId: authorId || null })}
          anyone={t('stories.filters.anyone')}
        />
      </label>
      <label>
        {t('stories.filters.tag')}
        <input
          type="text"
          defaultValue={state.tag ?? ''}
          key={state.tag ?? ''}
          placeholder={t('stories.filters.anyTag')}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onChange({ tag: e.currentTarget.value.trim() || null });
          }}
          onBlur={(e) => onChange({ tag: e.currentTarget.value.trim() || null })}
        />
      </label>
      <fieldset className="date-range">
        <legend>{t('stories.filters.dates', { zone: timeZone })}</legend>
        <select
          aria-label={t('stories.filters.dateField')}
          value={state.dateField}
          onChange={(e) => onChange({ dateField: e.target.value as StoryTimeField })}
        >
          {STORY_TIME_FIELDS.map((f) => (
            <option key={f} value={f}>
              {t(`stories.timeFields.${f}`)}
            </option>
          ))}
        </select>
        <DayField
          label={t('stories.filters.from')}
          value={state.from && DATE_ONLY.test(state.from) ? state.from : ''}
          onChange={(from) => onChange({ from: from || null })}
        />
        <DayField
          label={t('stories.filters.to')}
          value={state.to && DATE_ONLY.test(state.to) ? state.to : ''}
          onChange={(to) => onChange({ to: to || null })}
        />
      </fieldset>
      <label>
        {t('stories.filters.image')}
        <select
          value={state.hasImage === null ? '' : state.hasImage ? '1' : '0'}
          onChange={(e) => onChange({ hasImage: e.target.value === '' ? null : e.target.value === '1' })}
        >
          <option value="">{t('stories.filters.withOrWithout')}</option>
          <option value="1">{t('stories.filters.hasImage')}</option>
          <option value="0">{t('stories.filters.noImage')}</option>
        </select>
      </label>
      <label>
        {t('stories.filters.sortBy')}
        <select
          value={`${sort}:${dir}`}
          onChange={(e) => {
            const [s, d] = e.target.value.split(':') as [StorySort, 'asc' | 'desc'];
            onChange({ sort: s, dir: d });
          }}
        >
          {sorts.flatMap((s) =>
            (s === 'relevance' ? (['desc'] as const) : (['desc', 'asc'] as const)).map((d) => (
              <option key={`${s}:${d}`} value={`${s}:${d}`}>
                {t(`stories.sorts.${s}`)}
                {s === 'relevance'
                  ? ''
                  : s === 'headline'
                    ? d === 'asc'
                      ? t('stories.filters.az')
                      : t('stories.filters.za')
                    : d === 'desc'
                      ? t('stories.filters.newest')
                      : t('stories.filters.oldest')}
              </option>
            )),
          )}
        </select>
      </label>
    </div>
  );
}
