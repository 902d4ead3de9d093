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

/** Every copy of one story on this device, newest first. */
export async function listLocalDrafts(articleId: string): Promise<LocalDraft[]> {
  if (!store) return [];
  try {
    const range = IDBKeyRange.bound([articleId, ''], [articleId, '\uffff']);
    const drafts = await store('readonly', (s) => promisifyRequest<LocalDraft[]>(s.getAll(range)));
    const legacy = await get<Omit<LocalDraft, 'articleId' | 'tabId' | 'writtenBy'>>(articleId, store);
    if (legacy) drafts.push({ ...legacy, articleId, tabId: LEGACY_TAB, writtenBy: null });
    return drafts.sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  } catch {
    return [];
  }
}

export async function writeLocalDraft(draft: LocalDraft): Promise<void> {
  if (store) await set([draft.articleId, draft.tabId], draft, store);
}

/** Removes one tab's copy: that tab's text is saved, or the user discarded it. */
export async function clearLocalDraft(articleId: string, tabId: string): Promise<void> {
  if (!store) return;
  await del(tabId === LEGACY_TAB ? articleId : [articleId, tabId], store);
}
