import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { parseCollabClose } from '../../../shared/collab/story-doc';
import { SEND_EVERY_MS, sendHeldTypingOnHide } from './batched-sends';
import { openLocalCopy, writeClosingState } from './collab-local';
import { connectStory } from './story-connection';

/**
 * connecting: not in touch with the server yet; synced: every change of the server is here;
 * offline: lost touch (changes stay in this tab's local copy); refused: the server closed the
 * document for a reason (shown, no reconnecting); unavailable: co-editing cannot be reached
 * at all from this page, so the editor falls back to the single-editor path.
 */
export type CollabStatus = 'connecting' | 'synced' | 'offline' | 'refused' | 'unavailable';

export interface CollabSession {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  status: CollabStatus;
  /** The server's sentence when it refused (English; translated where shown). */
  reason: string | null;
  /** The server lets this person watch only. */
  readOnly: boolean;
  /** This tab's local copy is loaded (with or without text in it). */
  localLoaded: boolean;
  /** The local copy held text: the editor can open before the server answers. */
  hasLocal: boolean;
}

/** Without a first answer by then (and nothing on this device), the single-editor path takes over. */
export const CONNECT_GIVE_UP_MS = 6_000;
/**
 * The shared document of one story in this tab: Yjs, the Hocuspocus connection (the
 * session cookie goes with the upgrade request) and this tab's own IndexedDB copy.
 */
export function useCollab(articleId: string, enabled: boolean): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const doc = new Y.Doc();
    const local = openLocalCopy(articleId, doc);
    // No WebSocket here at all: the single-editor path, at once.
    const possible = typeof WebSocket !== 'undefined';
    const { socket, provider } = connectStory(articleId, doc, {
      autoConnect: possible,
      flushDelay: SEND_EVERY_MS,
    });
    let current: CollabSession = {
      doc,
      provider,
      status: possible ? 'connecting' : 'unavailable',
      reason: null,
      readOnly: false,
      localLoaded: false,
      hasLocal: false,
    };
    let stopped = false;
    const update = (patch: Partial<CollabSession>) => {
      if (stopped) return;
      current = { ...current, ...patch };
      setSession(current);
    };
    const final = () => current.status === 'refused' || current.status === 'unavailable';
    const stop = (patch: Partial<CollabSession>) => {
      update(patch);
      socket.shouldConnect = false;
      socket.disconnect();
    };
    const onReason = (reason: string) => {
      const parsed = parseCollabClose(reason);
      if (parsed.kind !== 'other') stop({ status: 'refused', reason: parsed.message });
    };

    provider.on('authenticated', ({ scope }: { scope: string }) =>
      update({ readOnly: scope === 'readonly' }),
    );
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => onReason(reason));
    let failedFirst = 0;
    provider.on('close', ({ event }: { event: { reason?: string } }) => {
      if (event.reason) onReason(event.reason);
      if (final()) return;
      // Refused twice before ever answering, with nothing here to edit: do not keep anyone waiting.
      if (current.status === 'connecting' && ++failedFirst >= 2 && current.localLoaded && !current.hasLocal) {
        return stop({ status: 'unavailable' });
      }
      update({ status: current.status === 'synced' ? 'offline' : current.status });
    });
    provider.on('synced', ({ state }: { state: boolean }) => {
      if (state && !final()) update({ status: 'synced' });
    });
    socket.on('status', ({ status }: { status: string }) => {
      if (status === 'disconnected' && current.status === 'synced') update({ status: 'offline' });
    });
    if (possible) provider.attach();
    // The editor flushes its pending typing into the document first (a capturing listener).
    const hide = () => writeClosingState(articleId, doc);
    const onVisibility = () => document.visibilityState === 'hidden' && hide();
    window.addEventListener('pagehide', hide);
    document.addEventListener('visibilitychange', onVisibility);
    const stopSendingOnHide = sendHeldTypingOnHide(provider);
    setSession(current);
    void local.loaded.then((hasLocal) => update({ localLoaded: true, hasLocal }));

    // Nothing from the server in time and nothing on this device: nobody may be left waiting.
    const giveUp = setTimeout(() => {
      if (current.status === 'connecting' && !current.hasLocal) stop({ status: 'unavailable' });
      else if (current.status === 'connecting') update({ status: 'offline' });
    }, CONNECT_GIVE_UP_MS);

    return () => {
      stopped = true;
      clearTimeout(giveUp);
      window.removeEventListener('pagehide', hide);
      document.removeEventListener('visibilitychange', onVisibility);
      stopSendingOnHide();
      // Everything reached the server: this tab's copy is no longer needed.
      const done = current.status === 'synced' && !provider.hasUnsyncedChanges;
      provider.destroy();
      socket.destroy();
      if (done) void local.clear().catch(() => {});
      else local.destroy();
      doc.destroy();
      setSession(null);
    };
  }, [articleId, enabled]);

  return session;
}
