import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Role } from '../../../shared/roles';
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

/** The session as the server has it now: the person's role, or null once signed out. */
async function refreshSession(queryClient: QueryClient, queryKey: readonly unknown[]): Promise<Role | null> {
  await queryClient.invalidateQueries({ queryKey });
  const session = queryClient.getQueryData<{ user: { role: Role } | null }>(queryKey);
  if (session && !session.user) sessionStorage.setItem(SIGNED_OUT_KEY, '1');
  return session?.user?.role ?? null;
}

/**
 * Reads this person's session again, now: a new role shows at once everywhere (the
 * buttons it no longer allows go), and a deactivated account lands on the sign-in screen.
 */
export function useRefreshSession(): () => Promise<Role | null> {
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
