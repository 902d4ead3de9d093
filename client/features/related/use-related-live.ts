import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC, useTRPCClient } from '../../lib/trpc';

type Trpc = ReturnType<typeof useTRPC>;
type Client = ReturnType<typeof useTRPCClient>;

// One stream for every related panel and read-more block in the tab, however many are mounted.
let users = 0;
let stop: (() => void) | null = null;

function start(client: Client, trpc: Trpc, queryClient: QueryClient): () => void {
  const subscription = client.live.events.subscribe(undefined, {
    onData: (event) => {
      if (event.type !== 'article.changed') return;
      // Refresh only the related data that mentions the story that changed (headline, status, list).
      void queryClient.invalidateQueries({
        ...trpc.related.pathFilter(),
        predicate: (query) =>
          JSON.stringify(query.queryKey).includes(event.articleId) ||
          JSON.stringify(query.state.data ?? null).includes(event.articleId),
      });
    },
  });
  return () => subscription.unsubscribe();
}

/**
 * Keeps linked stories' headlines and states current while a story is open: when
 * any story changes (renamed, published, unpublished), the lists and read-more
 * blocks that show it are fetched again.
 */
export function useRelatedLive(): void {
  const client = useTRPCClient();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useEffect(() => {
    users += 1;
    if (users === 1) stop = start(client, trpc, queryClient);
    return () => {
      users -= 1;
      if (users === 0) {
        stop?.();
        stop = null;
      }
    };
  }, [client, trpc, queryClient]);
}
