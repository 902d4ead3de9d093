import { createStore, del, entries, get, set } from 'idb-keyval';

const TAB_KEY = 'barta.tabId';
const ALIVE_PREFIX = 'barta-tab:';
/** Tabs this browser profile has seen, forgotten after a week. */
const FORGET_MS = 7 * 24 * 3600_000;

/** One id per browser tab (sessionStorage survives a reload of the same tab, not a new tab). */
export function tabId(): string {
  let id = sessionStorage.getItem(TAB_KEY);
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem(TAB_KEY, id);
  }
  return id;
}

const seenTabs = typeof indexedDB === 'undefined' ? undefined : createStore('barta-tabs', 'tabs');
const locks = () => (typeof navigator !== 'undefined' ? navigator.locks : undefined);

/**
 * Holds a Web Lock named after this tab for as long as the page lives: the browser
 * drops it the moment the tab closes or crashes, so other tabs can tell a dead tab
 * from a live one. The tab is also recorded in this profile's IndexedDB, so a tab id
 * is only ever judged dead by a browser that saw it alive. A duplicated tab (which
 * copies sessionStorage) finds its id taken and makes a new one.
 */
export async function keepTabAlive(): Promise<void> {
  const manager = locks();
  if (!manager || !seenTabs) return;
  for (let attempt = 0; attempt < 3; attempt++) {
    const id = tabId();
    const got = await new Promise<boolean>((resolve) => {
      void manager.request(`${ALIVE_PREFIX}${id}`, { ifAvailable: true }, (lock) => {
        resolve(lock !== null);
        // Held until the page goes away.
        return lock ? new Promise<void>(() => {}) : undefined;
      });
    });
    if (got) {
      await set(id, Date.now(), seenTabs).catch(() => {});
      void forgetOldTabs();
      return;
    }
    sessionStorage.setItem(TAB_KEY, crypto.randomUUID());
  }
}

/**
 * Records an id as a tab this browser had, which is not open: a copy filed under it
 * is offered as left by a closed tab (used to set aside this tab's own older copy).
 */
export async function recordClosedTab(id: string): Promise<void> {
  if (seenTabs) await set(id, Date.now(), seenTabs);
}

async function forgetOldTabs(): Promise<void> {
  if (!seenTabs) return;
  try {
    for (const [id, seenAt] of await entries<string, number>(seenTabs)) {
      if (Date.now() - seenAt > FORGET_MS) await del(id, seenTabs);
    }
  } catch {
    // Best effort: a few stale ids cost nothing.
  }
}

/**
 * Whether a tab is still open. Only a tab this browser saw open and whose Web Lock
 * is gone counts as dead; anything unknown (another device or browser) is alive, so
 * only your own closed or crashed tab may lose its edit lock without asking.
 */
export async function isTabAlive(id: string): Promise<boolean> {
  const manager = locks();
  if (!manager || !seenTabs) return true;
  try {
    if ((await get(id, seenTabs)) === undefined) return true;
    const { held = [] } = await manager.query();
    return held.some((lock) => lock.name === `${ALIVE_PREFIX}${id}`);
  } catch {
    return true;
  }
}

/**
 * Whether a tab that left data in this browser profile's own storage is gone: unlike
 * isTabAlive, an id this browser has forgotten (seen more than a week ago) counts as
 * gone too, since only a tab of this profile can have written there. Without Web
 * Locks nothing can be told, and every tab counts as open.
 */
export async function isOwnTabGone(id: string): Promise<boolean> {
  const manager = locks();
  if (!manager || id === tabId()) return false;
  try {
    const { held = [], pending = [] } = await manager.query();
    return ![...held, ...pending].some((lock) => lock.name === `${ALIVE_PREFIX}${id}`);
  } catch {
    return false;
  }
}
