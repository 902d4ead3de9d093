import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { parseCollabClose, type TEXT_FIELDS } from '../../../shared/collab/story-doc';
import { fromBase64 } from './collab-local';
import type { LeftCopy } from './copy-names';
import { connectStory } from './story-connection';
import type { Delivery, DeliveryOutcome } from './undelivered-copies';

const HEADLINE: (typeof TEXT_FIELDS)[number] = 'headline';
/** The most one story's delivery waits for the server. */
const DELIVERY_TIMEOUT_MS = 20_000;
/** A watch-only connection never acknowledges new changes: this long after syncing, they count as not taken. */
const READ_ONLY_WAIT_MS = 3_000;

/** One story's copies of closed tabs, merged (each loaded on its own, so none is written to). */
async function loadCopies(copies: readonly LeftCopy[]): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const copy of copies) {
    if (copy.kind === 'closing') {
      const state = localStorage.getItem(copy.name);
      if (state) Y.applyUpdate(doc, fromBase64(state));
      continue;
    }
    const other = new Y.Doc();
    const persistence = new IndexeddbPersistence(copy.name, other);
    try {
      await persistence.whenSynced;
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    } finally {
      await persistence.destroy();
      other.destroy();
    }
  }
  return doc;
}

/**
 * Sends a document to the server as an editor would, without presence: the server merges
 * what it lacks. Done once it has acknowledged every change (nothing unsynced).
 */
function sendToServer(articleId: string, doc: Y.Doc): Promise<Omit<Delivery, 'headline'>> {
  const { socket, provider } = connectStory(articleId, doc, { autoConnect: true, presence: false });
  return new Promise((resolve) => {
    let readOnly = false;
    let readOnlyTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = (outcome: DeliveryOutcome, message?: string) => {
      clearTimeout(timeout);
      clearTimeout(readOnlyTimer);
      socket.shouldConnect = false;
      provider.destroy();
      socket.destroy();
      resolve({ outcome, message });
    };
    const timeout = setTimeout(() => finish('unreachable'), DELIVERY_TIMEOUT_MS);
    const onReason = (reason: string) => {
      const { kind, message } = parseCollabClose(reason);
      if (kind === 'refused' || kind === 'gone' || kind === 'signed-out') finish(kind, message);
      // Rights that change while sending: the next round asks again with the new ones.
      else if (kind === 'rights') finish('unreachable');
    };
    const check = () => {
      if (!provider.isAuthenticated || !provider.isSynced) return;
      if (provider.unsyncedChanges === 0) return finish('delivered');
      if (readOnly && !readOnlyTimer)
        readOnlyTimer = setTimeout(() => finish('read-only'), READ_ONLY_WAIT_MS);
    };
    provider.on('authenticated', ({ scope }: { scope: string }) => {
      readOnly = scope === 'readonly';
      check();
    });
    provider.on('authenticationFailed', ({ reason }: { reason: string }) => onReason(reason));
    provider.on(
      'close',
      ({ event }: { event: { reason?: string } }) => event.reason && onReason(event.reason),
    );
    provider.on('synced', check);
    provider.on('unsyncedChanges', check);
    provider.attach();
  });
}

/** Brings one story's closed-tab copies to the server; says what became of them. */
export async function deliverCopies(articleId: string, copies: readonly LeftCopy[]): Promise<Delivery> {
  let doc: Y.Doc;
  try {
    doc = await loadCopies(copies);
  } catch {
    return { outcome: 'unreachable', headline: '' };
  }
  const headline = doc.getText(HEADLINE).toString();
  try {
    // An empty document's state vector is a single zero byte: nothing to send.
    if (Y.encodeStateVector(doc).length <= 1) return { outcome: 'delivered', headline };
    return { ...(await sendToServer(articleId, doc)), headline };
  } finally {
    doc.destroy();
  }
}
