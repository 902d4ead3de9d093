import { isOwnTabGone } from '../editor/tab-id';
import { closedCopiesByStory, findLeftCopies, type LeftCopy } from './copy-names';
import { deliverCopies } from './deliver-copies';
import { type Delivery, nextUndelivered, readUndelivered, writeUndelivered } from './undelivered-copies';

/** Outcomes that another try from this page would only repeat (a new page tries again). */
const SETTLED = new Set<Delivery['outcome']>(['read-only', 'refused', 'gone']);
/** Per story, the copies last tried with a settled outcome. */
const settled = new Map<string, string>();

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    // Open in an editor that is merging it: deleted once that editor lets go.
    request.onblocked = () => resolve();
  });
}

async function removeCopies(copies: readonly LeftCopy[]): Promise<void> {
  for (const copy of copies) {
    if (copy.kind === 'closing') localStorage.removeItem(copy.name);
    else await deleteDatabase(copy.name);
  }
}

async function sweep(): Promise<void> {
  const databases = (await indexedDB.databases()).map((d) => d.name ?? '');
  const copies = findLeftCopies(databases, Object.keys(localStorage));
  const closed = new Set<string>();
  for (const tab of new Set(copies.map((copy) => copy.tabId))) if (await isOwnTabGone(tab)) closed.add(tab);
  const byStory = closedCopiesByStory(copies, closed);
  const deliveries = new Map<string, Delivery>();
  // One story at a time, in the background: never a burst of connections.
  for (const [articleId, group] of byStory) {
    const tried = group
      .map((copy) => copy.name)
      .sort()
      .join('|');
    if (settled.get(articleId) === tried) continue;
    const delivery = await deliverCopies(articleId, group);
    deliveries.set(articleId, delivery);
    if (delivery.outcome === 'delivered') await removeCopies(group);
    else if (SETTLED.has(delivery.outcome)) settled.set(articleId, tried);
    else break;
  }
  const { list, forget } = nextUndelivered(
    readUndelivered(),
    new Set(byStory.keys()),
    deliveries,
    Date.now(),
  );
  for (const articleId of forget) await removeCopies(byStory.get(articleId) ?? []);
  writeUndelivered(list);
}

/**
 * Brings to the server the copies that closed or crashed tabs of this browser left
 * behind (typing the server may never have had), and removes each once the server has
 * acknowledged all of it. One dashboard tab at a time does this (a Web Lock).
 */
export async function sweepClosedCopies(): Promise<void> {
  if (typeof indexedDB === 'undefined' || !indexedDB.databases || !navigator.locks) return;
  try {
    await navigator.locks.request('barta-collab-sweep', { ifAvailable: true }, async (lock) => {
      if (lock) await sweep();
    });
  } catch {
    // Best effort: the next round tries again.
  }
}
