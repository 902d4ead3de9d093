import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { useLiveEvent } from '../../lib/live';
import type { StoryFields } from '../editor/story-content';
import { sendHeldTyping } from './batched-sends';
import type { BodyCollab, CollabUser } from './body-collab';
import { useDocFields, writeFieldsToDoc } from './doc-fields';
import type { CollabSession } from './use-collab';
import { colourOf } from './user-colour';

/** Changes of this tab the server has not acknowledged yet. */
const unsyncedIn = (ref: { current: HocuspocusProvider | null }) => ref.current?.unsyncedChanges ?? 0;

/** The most a Publish or Preview waits for the server's snapshot of the last typing. */
const SAVED_WAIT_MS = 15_000;

/**
 * The editor's side of co-editing: fields read from and written to the shared document,
 * who this person is to the others, and when the server last saved the document into
 * the story (a live `article.changed` with a newer version).
 */
export function useCollabEditing(params: {
  session: CollabSession | null;
  articleId: string;
  fallback: StoryFields;
  person: { id: string; name: string };
  canType: boolean;
  version: number;
  onVersion: (version: number) => void;
}) {
  const { session, articleId, person, canType } = params;
  const doc = session?.doc ?? null;
  const provider = session?.provider ?? null;
  const fields = useDocFields(doc, params.fallback);
  const readOnly = !canType;
  const user = useMemo<CollabUser>(
    () => ({ id: person.id, name: person.name, color: colourOf(person.id), readOnly }),
    [person.id, person.name, readOnly],
  );
  const body = useMemo<BodyCollab | null>(
    () => (doc && provider ? { doc, provider, user } : null),
    [doc, provider, user],
  );

  // Changed here since the server last saved the story (remote and stored changes do not count).
  const [dirty, setDirty] = useState(false);
  const dirtyRef = useRef(false);
  const changedAt = useRef(0);
  useEffect(() => {
    if (!doc || !provider) return;
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === provider || origin === 'local-copy' || origin instanceof IndexeddbPersistence) return;
      changedAt.current = Date.now();
      dirtyRef.current = true;
      setDirty(true);
    };
    doc.on('update', onUpdate);
    return () => doc.off('update', onUpdate);
  }, [doc, provider]);

  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const versionRef = useRef(params.version);
  versionRef.current = params.version;
  // Read when needed, not rendered: it changes with every send (see useUnsyncedShown).
  const providerRef = useRef(provider);
  providerRef.current = provider;
  const onVersion = params.onVersion;
  useLiveEvent((event) => {
    if (event.type !== 'article.changed' || event.articleId !== articleId) return;
    if (event.version === undefined || event.version <= versionRef.current) return;
    onVersion(event.version);
    setSavedAt(new Date());
    // Holds this tab's typing only if it had reached the server before the snapshot.
    if (unsyncedIn(providerRef) === 0 && Date.now() - changedAt.current > 150) {
      dirtyRef.current = false;
      setDirty(false);
    }
  }, Boolean(session));

  const update = useCallback(
    (patch: Partial<StoryFields>) => {
      if (doc) writeFieldsToDoc(doc, patch);
    },
    [doc],
  );

  /** Resolves true once the story on the server holds this tab's typing (for Publish, Preview, leaving), false if not in time. */
  const waitForSaved = useCallback(async (): Promise<boolean> => {
    const started = Date.now();
    sendHeldTyping(providerRef.current);
    while ((unsyncedIn(providerRef) > 0 || dirtyRef.current) && Date.now() - started < SAVED_WAIT_MS) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return unsyncedIn(providerRef) === 0 && !dirtyRef.current;
  }, []);

  return { fields, update, user, body, dirty, savedAt, waitForSaved };
}
