import type { HocuspocusProvider } from '@hocuspocus/provider';

/**
 * Typing goes to the server as one message per window of this many ms (the Yjs updates of
 * the window merged), not one per keystroke: each message costs the page a send and an
 * acknowledgement to handle. The provider counts one unsynced change per window.
 */
export const SEND_EVERY_MS = 50;

/** Sends the typing held back for the current window now (before an action that needs it on the server). */
export function sendHeldTyping(provider: HocuspocusProvider | null | undefined): void {
  provider?.flushPendingUpdates();
}

/**
 * Sends the held-back typing as the page hides or closes: its timer may never fire then.
 * Listens after the editor's capturing listeners, which put pending typing into the document.
 */
export function sendHeldTypingOnHide(
  provider: HocuspocusProvider,
  win: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
  doc: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'> = document,
): () => void {
  const send = () => sendHeldTyping(provider);
  const onVisibility = () => doc.visibilityState === 'hidden' && send();
  win.addEventListener('pagehide', send);
  doc.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('pagehide', send);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
