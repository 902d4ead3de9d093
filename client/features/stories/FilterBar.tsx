import { useQuery } from '@tanstack/react-query';
import { ARTICLE_STATUSES, type ArticleStatus, STATUS_LABELS } from '../../../shared/articles/status';
import {
  SORT_LABELS,
  STORY_SORTS,
  STORY_TIME_FIELDS,
  type StorySort,
  type StoryTimeField,
} from '../../../shared/stories/schemas';
import { StaffSelect } from '../../components/StaffSelect';
import { useTRPC } from '../../lib/trpc';
import { effectiveSort, type ListState } from './url-state';

const TIME_LABELS: Record<StoryTimeField, string> = {
  updated: 'Last edited',
  created: 'Created',
  published: 'Published',
  publish_at: 'Scheduled for',
};

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
  const trpc = useTRPC();
  const sections = useQuery(trpc.sections.list.queryOptions());
  const { sort, dir } = effectiveSort(state);
  const sorts = STORY_SORTS.filter((s) => s !== 'relevance' || state.q.trim());
  return (
    <div className="filters story-filters">
      <label>
        Status
        <select
          aria-label="Filter by status"
          value={state.status[0] ?? ''}
          onChange={(e) => onChange({ status: e.target.value ? [e.target.value as ArticleStatus] : [] })}
        >
          <option value="">Any status</option>
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Section
        <select
          value={state.sectionId ?? ''}
          onChange={(e) => onChange({ sectionId: e.target.value || null })}
        >
          <option value="">Any section</option>
          {sections.data?.map((s) => (
            <option key={s.id} value={s.id}>
              {s.nameBn}
            </option>
          ))}
        </select>
      </label>
      <label>
        Author
        <StaffSelect
          label="Filter by author"
          value={state.authorId ?? ''}
          onChange={(authorId) => onChange({ authorId: authorId || null })}
          anyone="Anyone"
        />
      </label>
      <label>
        Tag
        <input
          type="text"
          defaultValue={state.tag ?? ''}
          key={state.tag ?? ''}
          placeholder="any tag"
          onKeyDown={(e) => {
            if (e.key === 'Enter') onChange({ tag: e.currentTarget.value.trim() || null });
          }}
          onBlur={(e) => onChange({ tag: e.currentTarget.value.trim() || null })}
        />
      </label>
      <fieldset className="date-range">
        <legend>Dates ({timeZone})</legend>
        <select
          aria-label="Date applies to"
          value={state.dateField}
          onChange={(e) => onChange({ dateField: e.target.value as StoryTimeField })}
        >
          {STORY_TIME_FIELDS.map((f) => (
            <option key={f} value={f}>
              {TIME_LABELS[f]}
            </option>
          ))}
        </select>
        <input
          type="date"
          aria-label="From"
          value={state.from && DATE_ONLY.test(state.from) ? state.from : ''}
          onChange={(e) => onChange({ from: e.target.value || null })}
        />
        <input
          type="date"
          aria-label="To"
          value={state.to && DATE_ONLY.test(state.to) ? state.to : ''}
          onChange={(e) => onChange({ to: e.target.value || null })}
        />
      </fieldset>
      <label>
        Image
        <select
          value={state.hasImage === null ? '' : state.hasImage ? '1' : '0'}
          onChange={(e) => onChange({ hasImage: e.target.value === '' ? null : e.target.value === '1' })}
        >
          <option value="">With or without</option>
          <option value="1">Has a lead image</option>
          <option value="0">No lead image</option>
        </select>
      </label>
      <label>
        Sort by
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
                {SORT_LABELS[s]}
                {s === 'relevance'
                  ? ''
                  : s === 'headline'
                    ? d === 'asc'
                      ? ' (A→Z)'
                      : ' (Z→A)'
                    : d === 'desc'
                      ? ' (newest first)'
                      : ' (oldest first)'}
              </option>
            )),
          )}
        </select>
      </label>
    </div>
  );
}
