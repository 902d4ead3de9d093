import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '../../app/session';
import { useLiveEvent } from '../../lib/live';
import { useTRPCClient } from '../../lib/trpc';
import { isTabAlive, tabId } from './tab-id';

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

interface Holder {
  userId: string;
  name: string;
  tabId: string;
}

/**
 * Who is editing: takes the soft lock on open, keeps it alive, gives it back on
 * close. When someone takes it over, the live event makes this tab check at once.
 * A lock left by one of your own tabs that has closed or crashed is taken back
 * without asking; someone else's still asks.
 */
export function useEditLock(articleId: string, enabled: boolean) {
  const client = useTRPCClient();
  const { user } = useSession();
  const [state, setState] = useState<LockState>({ phase: 'acquiring' });
  const phase = useRef(state.phase);
  phase.current = state.phase;
  /** Opened offline: the lock is not confirmed yet (the first save or going online confirms it). */
  const unconfirmed = useRef(false);

  /** Takes the lock if free or yours; a dead tab of this browser holding it for you is replaced. */
  const claim = useCallback(async (): Promise<{ held: boolean; holder: Holder | null }> => {
    const result = await client.articles.acquireLock.mutate({ id: articleId, tabId: tabId() });
    const holder = result.holder;
    if (result.held || !holder || holder.userId !== user.id || holder.tabId === tabId()) return result;
    if (await isTabAlive(holder.tabId)) return result;
    return client.articles.acquireLock.mutate({ id: articleId, tabId: tabId(), replaceTabId: holder.tabId });
  }, [articleId, client, user.id]);

  useEffect(() => {
    if (!enabled) {
      setState({ phase: 'readonly', holder: null });
      return;
    }
    let cancelled = false;
    claim()
      .then((result) => {
        if (cancelled) return;
        unconfirmed.current = false;
        setState(
          result.held ? { phase: 'held' } : { phase: 'other', holder: result.holder?.name ?? 'Someone' },
        );
      })
      // Offline on open: edit anyway; the save will say if someone else holds the story.
      .catch(() => {
        if (cancelled) return;
        unconfirmed.current = true;
        setState({ phase: 'held' });
      });
    const onPageHide = () => {
      if (phase.current === 'held') releaseOnClose(articleId);
    };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', onPageHide);
      if (phase.current === 'held') releaseOnClose(articleId);
    };
  }, [articleId, enabled, claim]);

  /** Refreshes the lock; true while this tab holds it (taken back from a dead tab of yours if need be). */
  const heartbeat = useCallback(async (): Promise<boolean> => {
    if (phase.current !== 'held') return false;
    try {
      const result = await client.articles.heartbeatLock.mutate({ id: articleId, tabId: tabId() });
      if (result.held) return true;
      // Released (after a sleep), never confirmed (opened offline), or held by a closed tab of yours.
      const again = await claim();
      unconfirmed.current = false;
      if (!again.held) setState({ phase: 'lost', holder: again.holder?.name ?? null });
      return again.held;
    } catch {
      // Offline: the lock goes stale after two minutes; the save queue keeps the text.
      return false;
    }
  }, [articleId, client, claim]);

  useEffect(() => {
    if (state.phase !== 'held') return;
    const timer = setInterval(() => void heartbeat(), HEARTBEAT_MS);
    // Opened offline: confirm the lock as soon as the network is back.
    const online = () => unconfirmed.current && void heartbeat();
    window.addEventListener('online', online);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', online);
    };
  }, [state.phase, heartbeat]);

  /** Counts changes made elsewhere while this tab does not hold the lock (a read-only view follows them). */
  const [remoteChanged, setRemoteChanged] = useState(0);
  useLiveEvent((event) => {
    if (event.type !== 'lock.changed' && event.type !== 'article.changed') return;
    if (event.articleId !== articleId) return;
    if (phase.current === 'held') {
      if (event.type === 'lock.changed') void heartbeat();
    } else setRemoteChanged((n) => n + 1);
  }, enabled);

  const takeOver = useCallback(async () => {
    await client.articles.takeOverLock.mutate({ id: articleId, tabId: tabId() });
    setState({ phase: 'held' });
  }, [articleId, client]);

  const openReadOnly = useCallback(() => {
    setState((s) => ({ phase: 'readonly', holder: s.phase === 'other' ? s.holder : null }));
  }, []);

  return { state, takeOver, openReadOnly, heartbeat, remoteChanged };
}
