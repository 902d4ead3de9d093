import { useCallback, useEffect, useState } from 'react';
import { clearLocalDraft, type LocalDraft, listLocalDrafts, writeLocalDraft } from './local-draft';
import { type StoryContent, sameContent } from './story-content';
import { isTabAlive, recordClosedTab, tabId } from './tab-id';

/** Where a copy on this device came from, as the restore offer says it. */
export type CopyOrigin = 'this-tab' | 'open-tab' | 'closed-tab';

export interface DeviceCopy extends LocalDraft {
  origin: CopyOrigin;
}

/**
 * Every copy of this story on the device whose text differs from the saved one:
 * this tab's (before a reload or crash) and those left by tabs that closed or
 * crashed. A copy equal to the saved text is safe: a closed tab's is removed, an
 * open tab's is left to that tab.
 */
export function useDeviceCopies(articleId: string, saved: StoryContent | undefined) {
  const [drafts, setDrafts] = useState<DeviceCopy[] | undefined>(undefined);
  useEffect(() => {
    let cancelled = false;
    setDrafts(undefined);
    void listLocalDrafts(articleId).then(async (found) => {
      const withOrigin = await Promise.all(
        found.map(async (draft): Promise<DeviceCopy> => {
          const origin: CopyOrigin =
            draft.tabId === tabId()
              ? 'this-tab'
              : (await isTabAlive(draft.tabId))
                ? 'open-tab'
                : 'closed-tab';
          return { ...draft, origin };
        }),
      );
      if (!cancelled) setDrafts(withOrigin);
    });
    return () => {
      cancelled = true;
    };
  }, [articleId]);

  // A tab open now holds its own text (and saves it, or shows why not): it is offered once that tab is gone.
  const differing =
    saved && drafts?.filter((draft) => draft.origin !== 'open-tab' && !sameContent(draft.content, saved));
  useEffect(() => {
    if (!saved || !drafts) return;
    for (const draft of drafts) {
      if (draft.origin !== 'open-tab' && sameContent(draft.content, saved))
        void clearLocalDraft(articleId, draft.tabId).catch(() => {});
    }
  }, [articleId, saved, drafts]);

  /** The user threw this copy away. */
  const discard = useCallback(
    async (draft: DeviceCopy) => {
      await clearLocalDraft(articleId, draft.tabId);
      setDrafts((list) => list?.filter((d) => d.tabId !== draft.tabId));
    },
    [articleId],
  );

  /**
   * The user opened another text than this tab's own older copy: file that copy under
   * an id of its own, so this tab's next writes cannot overwrite it (it is offered next time).
   */
  const setAsideOwn = useCallback(
    async (chosen: DeviceCopy | null) => {
      const own = drafts?.find((d) => d.origin === 'this-tab' && d !== chosen);
      if (!own) return;
      const id = crypto.randomUUID();
      await recordClosedTab(id);
      await writeLocalDraft({ ...own, tabId: id });
      await clearLocalDraft(articleId, own.tabId);
    },
    [articleId, drafts],
  );

  return { loaded: drafts !== undefined, differing: differing ?? [], discard, setAsideOwn };
}
