import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../server/trpc/router';
import { trpcLinks } from './trpc-links';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // Expected refusals (signed out, forbidden, not found) are answers, not blips to retry.
        retry: (count, error) => {
          const status = (error as { data?: { httpStatus?: number } }).data?.httpStatus;
          return status !== undefined && status < 500 ? false : count < 2;
        },
      },
    },
  });
}

/** The dashboard's client: see trpc-links.ts for how each call travels. */
export function createTrpcClient() {
  return createTRPCClient<AppRouter>({ links: trpcLinks('/trpc') });
}
