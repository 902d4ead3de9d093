import { createStore, del, get, set } from 'idb-keyval';
import type { StoryContent } from './story-content';

/** An unsaved change kept on this device until the server has it. */
export interface LocalDraft {
  content: StoryContent;
  /** The server version the change was made on: restoring it saves on top of that one (or conflicts). */
  baseVersion: number;
  changedAt: string;
}

const store = typeof indexedDB === 'undefined' ? undefined : createStore('barta-drafts', 'stories');

export async function readLocalDraft(articleId: string): Promise<LocalDraft | undefined> {
  if (!store) return undefined;
  try {
    return await get<LocalDraft>(articleId, store);
  } catch {
    return undefined;
  }
}

export async function writeLocalDraft(articleId: string, draft: LocalDraft): Promise<void> {
  if (store) await set(articleId, draft, store);
}

export async function clearLocalDraft(articleId: string): Promise<void> {
  if (store) await del(articleId, store);
}
