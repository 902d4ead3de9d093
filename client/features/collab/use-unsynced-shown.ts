import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useMemo, useSyncExternalStore } from 'react';

/** The status line reads the changes still on their way at most this often while typing goes on. */
export const UNSYNCED_SHOWN_EVERY_MS = 500;

/**
 * Changes of this tab the server has not acknowledged yet, as the status line shows them:
 * the count changes with every message and its acknowledgement, and a render of the line
 * (and a screen reader's announcement) for each would cost every keystroke. The first
 * change after a quiet moment shows at once, the rest at most every `everyMs`, always
 * ending on the latest count.
 */
export function useUnsyncedShown(provider: HocuspocusProvider, everyMs = UNSYNCED_SHOWN_EVERY_MS): number {
  const store = useMemo(() => {
    let shown = provider.unsyncedChanges;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastShownAt = 0;
    return {
      subscribe(changed: () => void) {
        const show = () => {
          timer = undefined;
          lastShownAt = Date.now();
          if (shown === provider.unsyncedChanges) return;
          shown = provider.unsyncedChanges;
          changed();
        };
        const onChange = () => {
          if (timer) return;
          const wait = lastShownAt + everyMs - Date.now();
          if (wait <= 0) show();
          else timer = setTimeout(show, wait);
        };
        provider.on('unsyncedChanges', onChange);
        return () => {
          clearTimeout(timer);
          timer = undefined;
          provider.off('unsyncedChanges', onChange);
        };
      },
      read: () => shown,
    };
  }, [provider, everyMs]);
  return useSyncExternalStore(store.subscribe, store.read);
}
