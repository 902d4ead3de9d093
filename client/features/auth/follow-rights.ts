import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSession } from '../../app/session';
import { useLiveEvent } from '../../lib/live';
import { useTRPC } from '../../lib/trpc';

const SIGNED_OUT_KEY = 'barta.signedOutWhileWorking';

/** The sign-in screen then says why this person is there (see SignInScreen). */
export function wasSignedOutWhileWorking(): boolean {
  return sessionStorage.getItem(SIGNED_OUT_KEY) !== null;
}

export function forgetSignedOutWhileWorking(): void {
  sessionStorage.removeItem(SIGNED_OUT_KEY);
}

async function refreshSession(queryClient: QueryClient, queryKey: readonly unknown[]): Promise<void> {
  await queryClient.invalidateQueries({ queryKey });
  const session = queryClient.getQueryData<{ user: unknown }>(queryKey);
  if (session && !session.user) sessionStorage.setItem(SIGNED_OUT_KEY, '1');
}

/**
 * Reads this person's session again, now: a new role shows at once everywhere (the
 * buttons it no longer allows go), and a deactivated account lands on the sign-in screen.
 */
export function useRefreshSession(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(() => refreshSession(queryClient, trpc.auth.session.queryKey()), [queryClient, trpc]);
}

/** The dashboard follows a change of this person's role or account as the server announces it. */
export function useFollowRights(): void {
  const { user } = useSession();
  const refresh = useRefreshSession();
  useLiveEvent((event) => {
    if ((event.type === 'user.role_changed' || event.type === 'user.deactivated') && event.userId === user.id)
      void refresh();
  });
}
