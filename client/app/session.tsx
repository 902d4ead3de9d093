import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import type { SessionUser } from '../../server/features/auth/sessions';
import { type Right, can as roleCan } from '../../shared/roles';
import { useTRPC } from '../lib/trpc';

interface SessionValue {
  user: SessionUser;
  timeZone: string;
  /** Whether the signed-in role may do this: shows or hides actions (the server still decides). */
  can: (right: Right) => boolean;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSessionQuery() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.session.queryOptions());
}

export function SessionProvider({
  user,
  timeZone,
  children,
}: {
  user: SessionUser;
  timeZone: string;
  children: ReactNode;
}) {
  const value: SessionValue = { user, timeZone, can: (right) => roleCan(user.role, right) };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a signed-in screen');
  return value;
}
