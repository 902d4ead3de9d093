import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { STORY_COLUMNS, type StoryColumn, type StoryListPrefs } from '../../../shared/stories/schemas';
import { useTRPC } from '../../lib/trpc';

export const DEFAULT_PREFS: StoryListPrefs = { order: [...STORY_COLUMNS], hidden: [] };

/** Every column in the user's order, columns added since they saved placed at the end. */
export function orderedColumns(prefs: StoryListPrefs): StoryColumn[] {
  const order = prefs.order.filter((c) => STORY_COLUMNS.includes(c));
  return [...new Set([...order, ...STORY_COLUMNS])];
}

/** Column order and visibility, remembered on the server per user; writes are debounced. */
export function useStoryPrefs() {
  const trpc = useTRPC();
  const stored = useQuery(trpc.stories.prefs.queryOptions());
  const save = useMutation(trpc.stories.setPrefs.mutationOptions());
  const [prefs, setPrefs] = useState<StoryListPrefs | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const current = prefs ?? stored.data ?? DEFAULT_PREFS;
  const update = (next: StoryListPrefs) => {
    setPrefs(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => save.mutate(next), 600);
  };
  return { prefs: current, update, ready: !stored.isPending, error: save.error };
}
