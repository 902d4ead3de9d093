import type { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';

/** This tab's copy takes the document's changes as one IndexedDB write per window of this many ms. */
export const LOCAL_WRITE_EVERY_MS = 200;

export interface BatchedLocalWrites {
  /** Writes what is held now. */
  flush(): void;
  /** Writes what is held and stops batching (before the copy is closed). */
  stop(): void;
}

/**
 * y-indexeddb writes every update in an IndexedDB transaction of its own, a cost on every
 * keystroke; here the updates of a window are merged and written at once. The page
 * hiding writes at once too (the closing state in localStorage covers the last instant).
 */
export function batchLocalWrites(
  persistence: IndexeddbPersistence,
  doc: Y.Doc,
  everyMs = LOCAL_WRITE_EVERY_MS,
): BatchedLocalWrites {
  let held: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (held.length === 0) return;
    const update = held.length === 1 ? held[0] : Y.mergeUpdates(held);
    held = [];
    persistence._storeUpdate(update, null);
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    // Read from the copy itself: already in it.
    if (origin === persistence) return;
    held.push(update);
    timer ??= setTimeout(flush, everyMs);
  };
  const onVisibility = () => document.visibilityState === 'hidden' && flush();
  doc.off('update', persistence._storeUpdate);
  doc.on('update', onUpdate);
  const inBrowser = typeof window !== 'undefined';
  if (inBrowser) {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
  }
  return {
    flush,
    stop() {
      flush();
      doc.off('update', onUpdate);
      if (inBrowser) {
        window.removeEventListener('pagehide', flush);
        document.removeEventListener('visibilitychange', onVisibility);
      }
    },
  };
}
