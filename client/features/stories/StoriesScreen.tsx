import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { RowSelectionState } from '@tanstack/react-table';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { STORY_VIEWS, type StorySort } from '../../../shared/stories/schemas';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { translateServerMessage } from '../../i18n/server-messages';
import { useTRPC } from '../../lib/trpc';
import { BulkBar } from './BulkBar';
import { ColumnPicker } from './ColumnPicker';
import type { StoryRow } from './columns';
import { FilterBar } from './FilterBar';
import { SavedViewsMenu } from './SavedViewsMenu';
import { StoryTable } from './StoryTable';
import {
  EMPTY_STATE,
  effectiveSort,
  type ListState,
  landingView,
  parseListState,
  serializeListState,
  toListInput,
} from './url-state';
import { useLiveStoryList } from './use-live-list';
import { useStoryPrefs } from './use-story-prefs';
import './stories.css';

const NO_ROWS: StoryRow[] = [];

/** /admin/stories: the story list, its filters, search, views, bulk actions and live updates. */
export function StoriesScreen() {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const { user, timeZone } = useSession();
  const search = useSearch();
  const [, navigate] = useLocation();
  const state = useMemo(() => parseListState(search), [search]);
  const go = (next: ListState) => navigate(`/stories?${serializeListState(next)}`, { replace: true });
  const patch = (p: Partial<ListState>) => go({ ...state, ...p });

  // The role's landing view, when the list is opened without any filter.
  useEffect(() => {
    if (search === '') {
      const view = landingView(user.role);
      if (view) navigate(`/stories?view=${view}`, { replace: true });
    }
  }, [search, user.role, navigate]);

  const input = useMemo(() => toListInput(state, timeZone), [state, timeZone]);
  const list = useInfiniteQuery(
    trpc.stories.list.infiniteQueryOptions(input, {
      getNextPageParam: (last) => last.nextCursor,
      placeholderData: keepPreviousData,
      staleTime: 5_000,
    }),
  );
  useLiveStoryList();
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? NO_ROWS, [list.data]);
  const first = list.data?.pages[0];
  const [selection, setSelection] = useState<RowSelectionState>({});
  const selected = rows.filter((r) => selection[r.id]).map((r) => ({ id: r.id, version: r.version }));
  const { prefs, update } = useStoryPrefs();
  const { sort, dir } = effectiveSort(state);

  return (
    <section className="stories">
      <header className="stories-header">
        <h1>{t('stories.title')}</h1>
        <SearchBox
          value={state.q}
          onSearch={(q) => patch({ q, sort: state.sort === 'relevance' ? null : state.sort })}
        />
      </header>
      <nav aria-label={t('stories.viewsNav')} className="view-tabs">
        <button
          type="button"
          aria-pressed={!state.view}
          onClick={() => go({ ...EMPTY_STATE, q: state.q, view: null })}
        >
          {t('stories.allStories')}
        </button>
        {STORY_VIEWS.map((view) => (
          <button
            key={view}
            type="button"
            aria-pressed={state.view === view}
            onClick={() => go({ ...EMPTY_STATE, view })}
          >
            {t(`stories.views.${view}`)}
          </button>
        ))}
        <SavedViewsMenu state={state} onApply={go} />
        <ColumnPicker prefs={prefs} onChange={update} />
      </nav>
      <FilterBar state={state} onChange={patch} timeZone={timeZone} />
      <p className="list-summary" aria-live="polite">
        {first?.total
          ? first.total.exact
            ? t('stories.total', { count: first.total.count })
            : t('stories.about', { count: first.total.count })
          : ''}
        {list.isFetching && <span className="muted"> · {t('common.updating')}</span>}
        {first?.notice && <span className="notice"> {translateServerMessage(first.notice)}</span>}
        {sort === 'relevance' && <span className="muted"> · {t('stories.bestMatches')}</span>}
      </p>
      <ErrorBanner error={list.error} />
      <BulkBar
        items={selected}
        onDone={(results) =>
          setSelection((s) => {
            const next = { ...s };
            for (const r of results) if (r.outcome === 'done') delete next[r.id];
            return next;
          })
        }
      />
      <StoryTable
        rows={rows}
        timeZone={timeZone}
        prefs={prefs}
        selection={selection}
        onSelectionChange={setSelection}
        sort={sort}
        dir={dir}
        onSort={(s: StorySort, d) => patch({ sort: s, dir: d })}
        emptyMessage={list.isPending ? t('stories.loadingStories') : t('stories.noMatch')}
      />
      {list.hasNextPage && (
        <button
          type="button"
          className="load-more"
          disabled={list.isFetchingNextPage}
          onClick={() => list.fetchNextPage()}
        >
          {list.isFetchingNextPage ? t('common.loading') : t('stories.showMore')}
        </button>
      )}
    </section>
  );
}

/** Search over the list: typing updates the address after a pause; `/` anywhere focuses it. */
function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(onSearch);
  latest.current = onSearch;
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => latest.current(text), 300);
    return () => clearTimeout(timer);
  }, [text, value]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <search className="story-search">
      <label htmlFor="story-search" className="visually-hidden">
        {t('stories.searchLabel')}
      </label>
      <input
        id="story-search"
        ref={input}
        type="search"
        placeholder={t('stories.searchPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') latest.current(text);
        }}
      />
    </search>
  );
}
