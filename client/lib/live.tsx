import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from 'react';
import { type LiveHandler, LiveHub } from './live-hub';
import { useTRPCClient } from './trpc';

const LiveContext = createContext<LiveHub | null>(null);

/**
 * The dashboard's one live stream (see LiveHub): mounted once for the signed-in
 * user; every feature registers its handler with `useLiveEvent`.
 */
export function LiveProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const client = useTRPCClient();
  const [hub, setHub] = useState<LiveHub | null>(null);
  useEffect(() => {
    const next = new LiveHub({
      scope: userId,
      locks: typeof navigator === 'undefined' ? undefined : navigator.locks,
      open: (onEvent) => {
        const subscription = client.live.events.subscribe(undefined, { onData: onEvent });
        return () => subscription.unsubscribe();
      },
    });
    next.start();
    setHub(next);
    return () => next.stop();
  }, [client, userId]);
  return <LiveContext.Provider value={hub}>{children}</LiveContext.Provider>;
}

/** Calls `handler` for every live event while mounted (and `enabled`); always the latest handler. */
export function useLiveEvent(handler: LiveHandler, enabled = true): void {
  const hub = useContext(LiveContext);
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!hub || !enabled) return;
    return hub.subscribe((event) => latest.current(event));
  }, [hub, enabled]);
}
