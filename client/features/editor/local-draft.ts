import { createStore, del, get, promisifyRequest, set } from 'idb-keyval';
import type { StoryContent } from './story-content';

/**
 * An unsaved change kept on this device until the server has it. Each tab keeps its
 * own copy, keyed by [story, tab]: one tab's save never removes another tab's text.
 */
export interface LocalDraft {
  articleId: string;
  tabId: string;
  content: StoryContent;
  /** The server version the change was made on: restoring it saves on top of that one (or conflicts). */
  baseVersion: number;
  changedAt: string;
  /** Who was signed in when it was written (a shared computer may have several). */
  writtenBy: string | null;
}

/** Copies written before copies were per tab were keyed by the story alone. */
const LEGACY_TAB = 'legacy';

const store = typeof indexedDB === 'undefined' ? undefined : createStore('barta-drafts', 'stories');

/**
 * A closing tab's last copy goes to localStorage, which writes synchronously: an
 * IndexedDB write started while the page unloads may never finish.
 */
const CLOSING_PREFIX = 'barta.closingCopy:';
const closingKey = (articleId: string, tabId: string) => `${CLOSING_PREFIX}${articleId}:${tabId}`;

export function writeClosingCopy(draft: LocalDraft): void {
  try {
    localStorage.setItem(closingKey(draft.articleId, draft.tabId), JSON.stringify(draft));
  } catch {
    // Full or unavailable: the IndexedDB copy written while typing remains.
  }
}

function closingCopies(articleId: string): LocalDraft[] {
  const found: LocalDraft[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(`${CLOSING_PREFIX}${articleId}:`))
        found.push(JSON.parse(localStorage.getItem(key)!));
    }
  } catch {
    // Unreadable entries are skipped; IndexedDB still has what was typed until shortly before.
  }
  return found;
}

/** Every copy of one story on this device, one per tab (its newest), newest first. */
export async function listLocalDrafts(articleId: string): Promise<LocalDraft[]> {
  const drafts = closingCopies(articleId);
  if (store) {
    try {
      const range = IDBKeyRange.bound([articleId, ''], [articleId, '\uffff']);
      drafts.push(...(await store('readonly', (s) => promisifyRequest<LocalDraft[]>(s.getAll(range)))));
      const legacy = await get<Omit<LocalDraft, 'articleId' | 'tabId' | 'writtenBy'>>(articleId, store);
      if (legacy) drafts.push({ ...legacy, articleId, tabId: LEGACY_TAB, writtenBy: null });
    } catch {
      // IndexedDB unavailable (private mode, quota): the closing copies still count.
    }
  }
  const newest = new Map<string, LocalDraft>();
  for (const draft of drafts) {
    const seen = newest.get(draft.tabId);
    if (!seen || draft.changedAt > seen.changedAt) newest.set(draft.tabId, draft);
  }
  return [...newest.values()].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
}

export async function writeLocalDraft(draft: LocalDraft): Promise<void> {
  if (store) await set([draft.articleId, draft.tabId], draft, store);
}

/** Removes one tab's copy: that tab's text is saved, or the user discarded it. */
export async function clearLocalDraft(articleId: string, tabId: string): Promise<void> {
  localStorage.removeItem(closingKey(articleId, tabId));
  if (!store) return;
  await del(tabId === LEGACY_TAB ? articleId : [articleId, tabId], store);
}
