import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { batchLocalWrites, LOCAL_WRITE_EVERY_MS } from './batched-local-writes';

/** A stand-in for the IndexedDB copy: what it would write, as a document. */
function fakeCopy(doc: Y.Doc) {
  const written: Uint8Array[] = [];
  const persistence = { _storeUpdate: (update: Uint8Array) => written.push(update) };
  doc.on('update', persistence._storeUpdate);
  return { persistence: persistence as unknown as IndexeddbPersistence, written };
}

describe('batchLocalWrites', () => {
  afterEach(() => vi.useRealTimers());

  it('writes the changes of a window once, and all of them', () => {
    vi.useFakeTimers();
    const doc = new Y.Doc();
    const { persistence, written } = fakeCopy(doc);
    batchLocalWrites(persistence, doc);
    doc.getText('body').insert(0, 'আ');
    doc.getText('body').insert(1, 'জ');
    expect(written).toHaveLength(0);
    vi.advanceTimersByTime(LOCAL_WRITE_EVERY_MS);
    expect(written).toHaveLength(1);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, written[0]);
    expect(copy.getText('body').toString()).toBe('আজ');
  });

  it('writes what it holds when stopped, then nothing more', () => {
    const doc = new Y.Doc();
    const { persistence, written } = fakeCopy(doc);
    const writes = batchLocalWrites(persistence, doc);
    doc.getText('body').insert(0, 'আ');
    writes.stop();
    expect(written).toHaveLength(1);
    doc.getText('body').insert(1, 'জ');
    expect(written).toHaveLength(1);
  });

  it('does not write back what it read from the copy', () => {
    vi.useFakeTimers();
    const doc = new Y.Doc();
    const { persistence, written } = fakeCopy(doc);
    batchLocalWrites(persistence, doc);
    const other = new Y.Doc();
    other.getText('body').insert(0, 'আ');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), persistence);
    vi.advanceTimersByTime(LOCAL_WRITE_EVERY_MS);
    expect(written).toHaveLength(0);
  });
});
