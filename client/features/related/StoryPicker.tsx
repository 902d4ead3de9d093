import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import { useSectionName } from '../sections/use-section-name';
import { type StoryCardData, StoryCardView } from './StoryCardView';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

interface StoryPickerProps {
  /** The story being edited: never offered. */
  articleId?: string;
  onPick: (story: StoryCardData) => void;
  /** Stories already chosen: shown, but not offered again. */
  chosenIds?: readonly string[];
  pickLabel?: string;
  autoFocus?: boolean;
}

/**
 * Search stories by the words of their headline (the last word may be half typed:
 * মাস্ finds মাস্ক), optionally in one section, most recent first.
 */
export function StoryPicker({ articleId, onPick, chosenIds = [], pickLabel, autoFocus }: StoryPickerProps) {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const label = pickLabel ?? t('related.picker.add');
  const sectionName = useSectionName();
  const id = useId();
  const [q, setQ] = useState('');
  const [sectionId, setSectionId] = useState('');
  const query = useDebounced(q, 200);
  const sections = useQuery(trpc.sections.list.queryOptions());
  const results = useQuery({
    ...trpc.related.search.queryOptions({
      q: query,
      sectionId: sectionId || null,
      excludeId: articleId ?? null,
      limit: 20,
    }),
    placeholderData: keepPreviousData,
  });
  return (
    <div className="story-picker">
      <div className="picker-filters">
        <label className="visually-hidden" htmlFor={`${id}-q`}>
          {t('related.picker.searchLabel')}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          lang="bn"
          placeholder={t('related.picker.placeholder')}
          value={q}
          onChange={(event) => setQ(event.target.value)}
          autoFocus={autoFocus}
        />
        <label className="visually-hidden" htmlFor={`${id}-section`}>
          {t('related.picker.section')}
        </label>
        <select id={`${id}-section`} value={sectionId} onChange={(event) => setSectionId(event.target.value)}>
          <option value="">{t('related.picker.allSections')}</option>
          {sections.data?.map((s) => (
            <option key={s.id} value={s.id}>
              {sectionName({ sectionName: s.nameBn, sectionNameEn: s.nameEn })?.name}
            </option>
          ))}
        </select>
      </div>
      <ErrorBanner error={results.error} />
      <p className="visually-hidden" aria-live="polite">
        {results.data ? t('related.picker.found', { count: results.data.length }) : ''}
      </p>
      <ul
        className="story-cards results"
        aria-label={t('related.picker.results')}
        aria-busy={results.isFetching}
      >
        {results.data?.map((story) => {
          const chosen = chosenIds.includes(story.id);
          return (
            <li key={story.id} className="story-card">
              <StoryCardView story={story}>
                <button
                  type="button"
                  disabled={chosen}
                  onClick={() => onPick(story)}
                  aria-label={
                    chosen
                      ? t('related.picker.alreadyAdded', { headline: story.headline })
                      : t('related.picker.pick', { label, headline: story.headline })
                  }
                >
                  {chosen ? t('related.picker.added') : label}
                </button>
              </StoryCardView>
            </li>
          );
        })}
        {results.data?.length === 0 && (
          <li className="muted">{query ? t('related.picker.noMatch') : t('related.picker.noStories')}</li>
        )}
      </ul>
    </div>
  );
}
