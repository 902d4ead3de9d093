import { useEffect, useRef, useState } from 'react';
import { useTRPC } from '../../lib/trpc';
import { useLiveRefresh } from '../../lib/use-live-refresh';

/** Refreshes the calendar when a story changes or a schedule moves, here or on another instance. */
export function useLiveSchedule() {
  const trpc = useTRPC();
  useLiveRefresh([trpc.schedule.pathKey()], 200);
}

/** The current time by the server's clock, ticking every second. */
export function useServerClock(serverNow: Date | string | undefined): number {
  const offset = useRef(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (serverNow) offset.current = new Date(serverNow).getTime() - Date.now();
  }, [serverNow]);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return now + offset.current;
}
