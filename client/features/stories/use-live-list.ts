import { useTRPC } from '../../lib/trpc';
import { useLiveRefresh } from '../../lib/use-live-refresh';

/**
 * Refetches the open story lists (and the overview) when any story changes, at
 * most a few times a second. Rows are keyed by id, so a refetch keeps the scroll
 * position and the selection.
 */
export function useLiveStoryList() {
  const trpc = useTRPC();
  useLiveRefresh([trpc.stories.list.pathKey(), trpc.stories.overview.pathKey()], 250);
}
