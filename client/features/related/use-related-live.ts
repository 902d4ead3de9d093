import { useQueryClient } from '@tanstack/react-query';
import { useLiveEvent } from '../../lib/live';
import { useTRPC } from '../../lib/trpc';

/**
 * Keeps linked stories' headlines and states current while a story is open: when
 * any story changes (renamed, published, unpublished), the lists and read-more
 * blocks that show it are fetched again.
 */
export function useRelatedLive(): void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useLiveEvent((event) => {
    if (event.type !== 'article.changed') return;
    // Refresh only the related data that mentions the story that changed (headline, status, list).
    void queryClient.invalidateQueries({
      ...trpc.related.pathFilter(),
      predicate: (query) =>
        JSON.stringify(query.queryKey).includes(event.articleId) ||
        JSON.stringify(query.state.data ?? null).includes(event.articleId),
    });
  });
}
