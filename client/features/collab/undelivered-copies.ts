/**
 * Stories whose closed-tab copies the server did not take, kept in this browser
 * profile's localStorage so every dashboard tab shows the same notice.
 */

/** What became of one story's copies when sent (see deliver-copies.ts). */
export type DeliveryOutcome =
  /** The server acknowledged every change: the copies may go. */
  | 'delivered'
  /** The person may only watch the story now (role, or a published story): kept, and shown. */
  | 'read-only'
  /** The server refused the change (field rights, the story's rules): kept, and shown. */
  | 'refused'
  /** The server has no such story for this person: kept quietly, removed after GONE_KEEP_MS. */
  | 'gone'
  /** Not signed in any more: kept, sent after signing in. */
  | 'signed-out'
  /** No answer in time (offline, server down): tried again later. */
  | 'unreachable';

export interface Delivery {
  outcome: DeliveryOutcome;
  headline: string;
  /** The server's sentence for a refusal (English; translated where shown). */
  message?: string;
}

export interface Undelivered {
  headline: string;
  reason: 'read-only' | 'refused' | 'gone';
  message?: string;
  /** When this story's copies were first found so. */
  since: number;
}

export type UndeliveredList = Record<string, Undelivered>;

/** A story the server no longer has may still come back from a mistake for a while; then its copies go. */
export const GONE_KEEP_MS = 30 * 24 * 3600_000;

/**
 * The list after a round of deliveries: a story leaves it once it has no closed-tab copy
 * left (delivered, or merged by an editor that opened it), and a story the server no
 * longer has is forgotten (its copies removed) GONE_KEEP_MS after it was first found so.
 */
export function nextUndelivered(
  previous: UndeliveredList,
  storiesWithCopies: ReadonlySet<string>,
  deliveries: ReadonlyMap<string, Delivery>,
  now: number,
): { list: UndeliveredList; forget: string[] } {
  const list: UndeliveredList = {};
  const forget: string[] = [];
  for (const articleId of storiesWithCopies) {
    const before = previous[articleId];
    const delivery = deliveries.get(articleId);
    let entry: Undelivered | undefined = before;
    if (delivery?.outcome === 'delivered') entry = undefined;
    else if (
      delivery?.outcome === 'read-only' ||
      delivery?.outcome === 'refused' ||
      delivery?.outcome === 'gone'
    ) {
      entry = {
        headline: delivery.headline,
        reason: delivery.outcome,
        message: delivery.message,
        since: before?.reason === delivery.outcome ? before.since : now,
      };
    }
    if (!entry) continue;
    if (entry.reason === 'gone' && now - entry.since > GONE_KEEP_MS) forget.push(articleId);
    else list[articleId] = entry;
  }
  return { list, forget };
}

const KEY = 'barta-collab-undelivered';
/** The same tab's listeners (the storage event only reaches the other tabs). */
const CHANGED = 'barta-collab-undelivered-changed';

/** The stored list as text: a stable snapshot for useSyncExternalStore. */
export function undeliveredSnapshot(): string {
  try {
    return localStorage.getItem(KEY) ?? '{}';
  } catch {
    return '{}';
  }
}

export function parseUndelivered(text: string): UndeliveredList {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as UndeliveredList) : {};
  } catch {
    return {};
  }
}

export const readUndelivered = (): UndeliveredList => parseUndelivered(undeliveredSnapshot());

export function writeUndelivered(list: UndeliveredList): void {
  try {
    if (Object.keys(list).length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // Full or unavailable: the notice comes back with the next round.
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** The person opened the story (its editor merges the copies): the notice goes. */
export function dismissUndelivered(articleId: string): void {
  const { [articleId]: _opened, ...rest } = readUndelivered();
  writeUndelivered(rest);
}

export function subscribeUndelivered(changed: () => void): () => void {
  const onStorage = (event: StorageEvent) => event.key === KEY && changed();
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGED, changed);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGED, changed);
  };
}
