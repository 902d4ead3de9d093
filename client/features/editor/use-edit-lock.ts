import { useSubscription } from '@trpc/tanstack-react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTRPC, useTRPCClient } from '../../lib/trpc';
import { tabId } from './tab-id';

export const HEARTBEAT_MS = 30_000;

export type LockState =
  | { phase: 'acquiring' }
  | { phase: 'held' }
  /** Someone else holds it and this tab has not chosen yet. */
  | { phase: 'other'; holder: string }
  | { phase: 'readonly'; holder: string | null }
  /** Taken over while this tab was editing: read-only, unsaved text kept. */
  | { phase: 'lost'; holder: string | null };

/** Gives the lock back when the tab closes; a plain keepalive fetch outlives the page. */
function releaseOnClose(articleId: string) {
  void fetch('/trpc/articles.releaseLock', {
    method: 'POST',
    keepalive: true,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: articleId, tabId: tabId() }),
  }).catch(() => {});
}

/**
 * Who is editing: takes the soft lock on open, keeps it alive, gives it back on
 * close. When someone takes it over, the live event makes this tab check at once.
 */
export function useEditLock(articleId: string, enabled: boolean) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [state, setState] = useState<LockState>({ phase: 'acquiring' });
  const phase = useRef(state.phase);
  phase.current = state.phase;

  useEffect(() => {
    if (!enabled) {
      setState({ phase: 'readonly', holder: null });
      return;
    }
    let cancelled = false;
    client.articles.acquireLock
      .mutate({ id: articleId, tabId: tabId() })
      .then((result) => {
        if (cancelled) return;
        setState(
          result.held ? { phase: 'held' } : { phase: 'other', holder: result.holder?.name ?? 'Someone' },
        );
      })
      // Offline on open: edit anyway; the save will say if someone else holds the story.
      .catch(() => !cancelled && setState({ phase: 'held' }));
    const onPageHide = () => {
      if (phase.current === 'held') releaseOnClose(articleId);
    };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', onPageHide);
      if (phase.current === 'held') releaseOnClose(articleId);
    };
  }, [articleId, enabled, client]);

  const heartbeat = useCallback(async () => {
    if (phase.current !== 'held') return;
    try {
      const result = await client.articles.heartbeatLock.mutate({ id: articleId, tabId: tabId() });
      if (!result.held) {
        if (result.holder) setState({ phase: 'lost', holder: result.holder.name });
        else {
          // Released (e.g. after a long sleep) and nobody else took it: take it again.
          const again = await client.articles.acquireLock.mutate({ id: articleId, tabId: tabId() });
          if (!again.held) setState({ phase: 'lost', holder: again.holder?.name ?? null });
        }
      }
    } catch {
      // Offline: the lock goes stale after two minutes; the save queue keeps the text.
    }
  }, [articleId, client]);

  useEffect(() => {
    if (state.phase !== 'held') return;
    const timer = setInterval(() => void heartbeat(), HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [state.phase, heartbeat]);

  /** Counts changes made elsewhere while this tab does not hold the lock (a read-only view follows them). */
  const [remoteChanged, setRemoteChanged] = useState(0);
  useSubscription(
    trpc.live.events.subscriptionOptions(undefined, {
      enabled,
      onData: (event) => {
        if (event.type !== 'lock.changed' && event.type !== 'article.changed') return;
        if (event.articleId !== articleId) return;
        if (phase.current === 'held') {
          if (event.type === 'lock.changed') void heartbeat();
        } else setRemoteChanged((n) => n + 1);
      },
    }),
  );

  const takeOver = useCallback(async () => {
    await client.articles.takeOverLock.mutate({ id: articleId, tabId: tabId() });
    setState({ phase: 'held' });
  }, [articleId, client]);

  const openReadOnly = useCallback(() => {
    setState((s) => ({ phase: 'readonly', holder: s.phase === 'other' ? s.holder : null }));
  }, []);

  return { state, takeOver, openReadOnly, heartbeat, remoteChanged };
}
