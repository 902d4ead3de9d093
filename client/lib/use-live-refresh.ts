import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLiveEvent } from './live';

/**
 * Refetches the given queries when any story changes or a schedule moves (here or
 * on another instance), at most once per `delayMs`: a burst of publications
 * becomes one refetch, and rows keyed by id keep scroll position and selection.
 */
export function useLiveRefresh(queryKeys: readonly QueryKey[], delayMs: number) {
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const keys = useRef(queryKeys);
  keys.current = queryKeys;
  useEffect(() => () => clearTimeout(timer.current), []);
  useLiveEvent((event) => {
    if (event.type !== 'article.changed' && event.type !== 'schedule.changed') return;
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      for (const queryKey of keys.current) void queryClient.invalidateQueries({ queryKey });
    }, delayMs);
  });
}
