import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleStatus } from '../../../shared/articles/status';
import { useTRPCClient } from '../../lib/trpc';
import { whenIdle } from './idle';
import { clearLocalDraft, writeLocalDraft } from './local-draft';
import { type SaveFailure, SaveQueue, type SaveState } from './save-queue';
import type { StoryContent, StoryFields } from './story-content';
import { tabId } from './tab-id';

const LOCAL_WRITE_MS = 300;

interface SavedStory {
  version: number;
  slug: string;
  status: ArticleStatus;
  updatedAt: Date | string;
}

interface ErrorShape {
  data?: { code?: string; httpStatus?: number; details?: { kind?: string; holder?: string } } | null;
}

/** Network failures and server outages are retried; refusals go to the user. */
export function classifySaveError(error: unknown): SaveFailure {
  const data = (error as ErrorShape).data;
  if (!data || (data.httpStatus ?? 0) >= 500) return { kind: 'offline' };
  if (data.code === 'CONFLICT' && data.details?.kind === 'stale_save')
    return { kind: 'stale', details: data.details };
  if (data.code === 'CONFLICT' && data.details?.kind === 'locked')
    return { kind: 'locked', holder: data.details.holder ?? null };
  return { kind: 'invalid', error };
}

/**
 * Autosave for one story in this tab: the save queue, plus a copy of every
 * unsaved change in IndexedDB until the server has it.
 */
export function useStorySaver(params: {
  articleId: string;
  baseVersion: number;
  fields: React.RefObject<StoryFields>;
  editor: React.RefObject<Editor | null>;
}) {
  const { articleId } = params;
  const client = useTRPCClient();
  const [state, setState] = useState<SaveState>({ phase: 'idle' });
  const [online, setOnline] = useState(() => navigator.onLine);
  const [version, setVersion] = useState(params.baseVersion);
  const [lastSaved, setLastSaved] = useState<SavedStory | null>(null);
  const localTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
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
        const saved = await client.articles.save.mutate({
          id: articleId,
          baseVersion,
          mode,
          tabId: tabId(),
          content,
        });
        setLastSaved(saved);
        return saved;
      },
      classify: classifySaveError,
      onState: (next) => {
        setState(next);
        setVersion(queueRef.current?.version ?? params.baseVersion);
      },
      onSynced: () => {
        if (localTimer.current) clearTimeout(localTimer.current);
        localTimer.current = null;
        void clearLocalDraft(articleId);
      },
    });
  }
  const queue = queueRef.current;

  const keepLocally = useCallback(() => {
    if (localTimer.current) clearTimeout(localTimer.current);
    localTimer.current = null;
    return writeLocalDraft(articleId, {
      content: read(),
      baseVersion: queue.version,
      changedAt: new Date().toISOString(),
    }).catch(() => {});
  }, [articleId, read, queue]);

  /** Every change: into the save queue now, onto this device shortly. */
  const changed = useCallback(() => {
    queue.markDirty();
    localTimer.current ??= setTimeout(() => whenIdle(() => void keepLocally()), LOCAL_WRITE_MS);
  }, [queue, keepLocally]);

  useEffect(() => {
    const goOnline = () => {
      setOnline(true);
      queue.retryNow();
    };
    const goOffline = () => setOnline(false);
    // A closing or hidden tab writes its unsaved text to the device at once.
    const hide = () => {
      if (queue.hasUnsaved) void keepLocally();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && hide();
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    window.addEventListener('pagehide', hide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('pagehide', hide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [queue, keepLocally]);

  useEffect(() => {
    queue.start();
    return () => queue.stop();
  }, [queue]);

  return { queue, state, online, version, lastSaved, changed, keepLocally, read };
}
