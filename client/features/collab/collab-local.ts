import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { isTabAlive, tabId } from '../editor/tab-id';
import { batchLocalWrites } from './batched-local-writes';
import { CLOSING_PREFIX, closingKey, copyName, COPY_PREFIX as PREFIX } from './copy-names';

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/**
 * Called as the page hides or closes: this tab's whole document, at once (an IndexedDB
 * write may not finish as the page goes).
 */
export function writeClosingState(articleId: string, doc: Y.Doc): void {
  try {
    localStorage.setItem(closingKey(articleId, tabId()), toBase64(Y.encodeStateAsUpdate(doc)));
  } catch {
    // Full or unavailable: the IndexedDB copy holds all but the last instant.
  }
}

/** Closing states of this tab (a reload) and of closed tabs, merged and removed. */
async function adoptClosingStates(articleId: string, doc: Y.Doc): Promise<void> {
  const prefix = `${CLOSING_PREFIX}${articleId}:`;
  const keys = Object.keys(localStorage).filter((key) => key.startsWith(prefix));
  for (const key of keys) {
    const tab = key.slice(prefix.length);
    if (tab !== tabId() && (await isTabAlive(tab))) continue;
    const state = localStorage.getItem(key);
    if (state) Y.applyUpdate(doc, fromBase64(state), 'local-copy');
    localStorage.removeItem(key);
  }
}

/**
 * Copies left on this device by closed or crashed tabs (their typing may never have
 * reached the server). They all descend from the same shared document, so merging them
 * into this tab's document can only add what is missing; each is removed once merged.
 */
async function adoptClosedTabs(articleId: string, doc: Y.Doc): Promise<void> {
  if (typeof indexedDB === 'undefined' || !indexedDB.databases) return;
  const own = copyName(articleId, tabId());
  const names = (await indexedDB.databases())
    .map((d) => d.name ?? '')
    .filter((name) => name.startsWith(`${PREFIX}${articleId}:`) && name !== own);
  for (const name of names) {
    if (await isTabAlive(name.slice(`${PREFIX}${articleId}:`.length))) continue;
    const other = new Y.Doc();
    const copy = new IndexeddbPersistence(name, other);
    await copy.whenSynced;
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), 'local-copy');
    await copy.clearData();
    other.destroy();
  }
}

export interface LocalCopy {
  /** Resolves once this tab's copy (and closed tabs' copies) are in the document; true if any held text. */
  loaded: Promise<boolean>;
  /** Removes this tab's copy: only once the server has everything in it. */
  clear(): Promise<void>;
  destroy(): void;
}

/** Keeps the document in this tab's IndexedDB copy as it changes (the updates of a moment written together). */
export function openLocalCopy(articleId: string, doc: Y.Doc): LocalCopy {
  const persistence = new IndexeddbPersistence(copyName(articleId, tabId()), doc);
  const writes = batchLocalWrites(persistence, doc);
  const loaded = persistence.whenSynced
    .then(() => adoptClosedTabs(articleId, doc))
    .then(() => adoptClosingStates(articleId, doc))
    .catch(() => {})
    // An empty document's state vector is a single zero byte.
    .then(() => Y.encodeStateVector(doc).length > 1);
  return {
    loaded,
    clear: () => {
      writes.stop();
      return persistence.clearData();
    },
    destroy: () => {
      writes.stop();
      void persistence.destroy();
    },
  };
}
