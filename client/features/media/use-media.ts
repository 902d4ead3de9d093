import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { MediaSort } from '../../../shared/media/schemas';
import type { MediaItemWithUse } from '../../../shared/media/types';
import { useTRPC } from '../../lib/trpc';

export interface MediaFilters {
  q: string;
  uploadedBy: string;
  from: string;
  to: string;
  sort: MediaSort;
}

export const EMPTY_FILTERS: MediaFilters = { q: '', uploadedBy: '', from: '', to: '', sort: 'newest' };

const POLL_MS = 1500;

/** The library's pages; polls while any image shown is still being processed, so its progress moves. */
export function useMediaList(filters: MediaFilters, pageSize = 40) {
  const trpc = useTRPC();
  const input = {
    q: filters.q.trim() || undefined,
    uploadedBy: filters.uploadedBy || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    sort: filters.sort,
    limit: pageSize,
  };
  const query = useInfiniteQuery(
    trpc.media.list.infiniteQueryOptions(input, {
      getNextPageParam: (last) => last.nextCursor ?? undefined,
      placeholderData: (previous) => previous,
      refetchInterval: (q) =>
        q.state.data?.pages.some((p) => p.items.some((i) => i.status === 'processing')) ? POLL_MS : false,
    }),
  );
  const items: MediaItemWithUse[] = query.data?.pages.flatMap((p) => p.items) ?? [];
  return { ...query, items };
}

export function useMediaLimits() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.media.limits.queryOptions(), staleTime: Number.POSITIVE_INFINITY });
}

/** After an upload, edit or delete: every list and item view of the library reloads. */
export function useRefreshMedia() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: trpc.media.pathKey() }),
    [queryClient, trpc],
  );
}
