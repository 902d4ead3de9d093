import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SaveArticleInput } from '../../../shared/articles/schemas';
import type { ArticleStatus } from '../../../shared/articles/status';
import { useTRPCClient } from '../../lib/trpc';
import { whenIdle } from './idle';
import { clearLocalDraft, type LocalDraft, writeClosingCopy, writeLocalDraft } from './local-draft';
import { type SaveFailure, SaveQueue, type SaveState } from './save-queue';
import { canonicalJson, type StoryContent, type StoryFields } from './story-content';
import { tabId } from './tab-id';

/** How soon a change reaches this device's copy: a crash loses at most this much typing. */
const LOCAL_WRITE_MS = 250;
/**
 * A save the server has not answered by then is given up and retried (it may sit
 * behind other requests). Each unanswered try waits twice as long, so a big story on
 * a slow line still gets through.
 */
export const SAVE_TIMEOUT_MS = 20_000;

interface SavedStory {
  version: number;
  slug: string;
  status: ArticleStatus;
  updatedAt: Date | string;
}

interface ErrorShape {
  name?: string;
  cause?: { name?: string };
  data?: {
    code?: string;
    httpStatus?: number;
    details?: { kind?: string; holder?: string; version?: number; updatedAt?: string; content?: unknown };
  } | null;
}

/** Network failures, unanswered requests and server outages are retried; refusals go to the user. */
export function classifySaveError(error: unknown): SaveFailure {
  const e = error as ErrorShape;
  const data = e.data;
  if (!data) {
    // AbortSignal.timeout aborts with a TimeoutError; tRPC wraps it.
    const aborted = [e.name, e.cause?.name].some((name) => name === 'AbortError' || name === 'TimeoutError');
    return { kind: 'offline', reason: aborted && navigator.onLine ? 'no-answer' : 'network' };
  }
  if ((data.httpStatus ?? 0) >= 500) return { kind: 'offline', reason: 'server' };
  if (data.code === 'CONFLICT' && data.details?.kind === 'stale_save')
    return { kind: 'stale', details: data.details };
  if (data.code === 'CONFLICT' && data.details?.kind === 'locked')
    return { kind: 'locked', holder: data.details.holder ?? null };
  return { kind: 'invalid', error };
}

/**
 * A "newer version" that holds exactly the text this tab sent: our own save arrived
 * after we gave up waiting for it. Nothing to choose between, so carry on from it.
 */
function sameTextAsSent(error: unknown, sent: StoryContent): { version: number; updatedAt: string } | null {
  const details = (error as ErrorShape).data?.details;
  if (details?.kind !== 'stale_save' || typeof details.version !== 'number') return null;
  const theirs = details.content as Partial<StoryContent> | undefined;
  if (!theirs) return null;
  const fields = ['headline', 'kicker', 'summary', 'byline', 'body'] as const;
  const same = fields.every((field) => canonicalJson(theirs[field]) === canonicalJson(sent[field]));
  return same ? { version: details.version, updatedAt: details.updatedAt ?? new Date().toISOString() } : null;
}

/**
 * The last save of a closing tab: a plain keepalive POST (tRPC's unbatched form), whose
 * answer nobody reads. If it is refused or too big for keepalive (64 KB), the device
 * copy still holds the text; if it lands, the copy equals the saved text and goes.
 */
function saveOnClose(input: SaveArticleInput): void {
  void fetch('/trpc/articles.save', {
    method: 'POST',
    keepalive: true,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  }).catch(() => {});
}

/**
 * Autosave for one story in this tab: the save queue, plus this tab's own copy of
 * every unsaved change in IndexedDB until the server has it.
 */
export function useStorySaver(params: {
  articleId: string;
  baseVersion: number;
  fields: React.RefObject<StoryFields>;
  editor: React.RefObject<Editor | null>;
  /** Copies left by other tabs that this tab restored: they go once this tab's text is saved. */
  adoptedTabIds: readonly string[];
  writtenBy: string;
}) {
  const { articleId, writtenBy } = params;
  const client = useTRPCClient();
  const [state, setState] = useState<SaveState>({ phase: 'idle' });
  const [online, setOnline] = useState(() => navigator.onLine);
  const [version, setVersion] = useState(params.baseVersion);
  const [lastSaved, setLastSaved] = useState<SavedStory | null>(null);
  const localTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const adopted = useRef(params.adoptedTabIds);
  const unanswered = useRef(0);
  const fieldsRef = params.fields;
  const editorRef = params.editor;

  const read = useCallback(
    (): StoryContent => ({
      ...fieldsRef.current,
      body: editorRef.current?.getJSON() ?? { type: 'doc', content: [{ type: 'paragraph' }] },
    }),
    [fieldsRef, editorRef],
  );

  const queueRef = useRef<SaveQueue<StoryContent> | null>(null);
  if (!queueRef.current) {
    queueRef.current = new SaveQueue<StoryContent>({
      version: params.baseVersion,
      read,
      send: async (content, baseVersion, mode) => {
        const timeout = SAVE_TIMEOUT_MS * 2 ** Math.min(unanswered.current, 3);
        try {
          const saved = await client.articles.save.mutate(
            { id: articleId, baseVersion, mode, tabId: tabId(), content },
            { signal: AbortSignal.timeout(timeout) },
          );
          unanswered.current = 0;
          setLastSaved(saved);
          return saved;
        } catch (error) {
          const ours = sameTextAsSent(error, content);
          if (ours) return ours;
          const failure = classifySaveError(error);
          if (failure.kind === 'offline' && failure.reason === 'no-answer') unanswered.current++;
          throw error;
        }
      },
      classify: classifySaveError,
      onState: (next) => {
        setState(next);
        setVersion(queueRef.current?.version ?? params.baseVersion);
      },
      onSynced: () => {
        if (localTimer.current) clearTimeout(localTimer.current);
        localTimer.current = null;
        // This tab's text is on the server: its copy goes, and so do the copies it restored.
        for (const id of [tabId(), ...adopted.current]) void clearLocalDraft(articleId, id).catch(() => {});
        adopted.current = [];
      },
    });
  }
  const queue = queueRef.current;

  const copyNow = useCallback(
    (): LocalDraft => ({
      articleId,
      tabId: tabId(),
      content: read(),
      baseVersion: queue.version,
      changedAt: new Date().toISOString(),
      writtenBy,
    }),
    [articleId, read, queue, writtenBy],
  );

  const keepLocally = useCallback(() => {
    if (localTimer.current) clearTimeout(localTimer.current);
    localTimer.current = null;
    return writeLocalDraft(copyNow()).catch(() => {});
  }, [copyNow]);

  /** The user dropped this tab's unsaved text (took the other version): its copy goes. */
  const discardLocal = useCallback(() => {
    if (localTimer.current) clearTimeout(localTimer.current);
    localTimer.current = null;
    void clearLocalDraft(articleId, tabId()).catch(() => {});
  }, [articleId]);

  /** Every change: into the save queue now, onto this device within a quarter second. */
  const changed = useCallback(() => {
    queue.markDirty();
    localTimer.current ??= setTimeout(
      () => whenIdle(() => void keepLocally(), LOCAL_WRITE_MS),
      LOCAL_WRITE_MS,
    );
  }, [queue, keepLocally]);

  useEffect(() => {
    const goOnline = () => {
      setOnline(true);
      queue.retryNow();
    };
    const goOffline = () => setOnline(false);
    // A closing or hidden tab writes its unsaved text to the device at once (also synchronously:
    // the page may be gone before an IndexedDB write finishes).
    const hide = () => {
      if (!queue.busy) return;
      writeClosingCopy(copyNow());
      void keepLocally();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && hide();
    // Closing: besides the device copy, send what is unsaved one last time (keepalive outlives the page).
    const close = () => {
      hide();
      if (queue.hasUnsaved && !queue.refused) {
        saveOnClose({
          id: articleId,
          baseVersion: queue.version,
          mode: 'autosave',
          tabId: tabId(),
          content: read(),
        });
      }
    };
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    window.addEventListener('pagehide', close);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('pagehide', close);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [queue, keepLocally, copyNow, articleId, read]);

  useEffect(() => {
    queue.start();
    return () => queue.stop();
  }, [queue]);

  return { queue, state, online, version, lastSaved, changed, keepLocally, discardLocal, read };
}
