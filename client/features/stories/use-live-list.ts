import { useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useEffect, useRef } from 'react';
import { useTRPC } from '../../lib/trpc';

/**
 * Refetches the open story lists (and the overview) when any story changes, at
 * most a few times a second. Rows are keyed by id, so a refetch keeps the scroll
 * position and the selection.
 */
export function useLiveStoryList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useSubscription(
    trpc.live.events.subscriptionOptions(undefined, {
      onData: (event) => {
        if (event.type !== 'article.changed' && event.type !== 'schedule.changed') return;
        if (timer.current) return;
        timer.current = setTimeout(() => {
          timer.current = undefined;
          void queryClient.invalidateQueries({ queryKey: trpc.stories.list.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.stories.overview.pathKey() });
        }, 250);
      },
    }),
  );
}
