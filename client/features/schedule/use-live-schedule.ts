import { useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useEffect, useRef, useState } from 'react';
import { useTRPC } from '../../lib/trpc';

/** Refreshes the calendar when a story changes or a schedule moves, here or on another instance. */
export function useLiveSchedule() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useSubscription(
    trpc.live.events.subscriptionOptions(undefined, {
      onData: (event) => {
        if (event.type !== 'article.changed' && event.type !== 'schedule.changed') return;
        if (timer.current) return;
        timer.current = setTimeout(() => {
          timer.current = undefined;
          void queryClient.invalidateQueries({ queryKey: trpc.schedule.pathKey() });
        }, 200);
      },
    }),
  );
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
