import { useEffect } from 'react';

export const LEAVE_MESSAGE =
  'Your latest changes to this story have not reached the server yet. They are kept on this device, and the story offers them when you open it again. Leave anyway?';

/** How long a click on a link waits for the pending save before asking. */
const FLUSH_WAIT_MS = 3_000;

interface Pending {
  readonly busy: boolean;
  flush(): Promise<void>;
}

/**
 * Leaving a story with unsaved text warns first. Closing or reloading the tab gets
 * the browser's own "Leave site?" prompt; a link inside the dashboard first waits a
 * moment for the save, and asks only if the text is still not on the server.
 */
export function useLeaveGuard(queue: Pending, keepLocally: () => Promise<void>): void {
  useEffect(() => {
    let passing = false;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!queue.busy) return;
      void keepLocally();
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (passing || !queue.busy || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
      if (!link || link.target === '_blank' || link.hasAttribute('download')) return;
      // Before the router sees it: the click goes on once the text is saved, or the user agrees.
      event.preventDefault();
      event.stopPropagation();
      void (async () => {
        await Promise.race([queue.flush(), new Promise((resolve) => setTimeout(resolve, FLUSH_WAIT_MS))]);
        if (queue.busy && !window.confirm(LEAVE_MESSAGE)) return;
        passing = true;
        try {
          link.click();
        } finally {
          passing = false;
        }
      })();
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [queue, keepLocally]);
}
