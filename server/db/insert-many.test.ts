import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHarness, type TestHarness } from '../test/harness';
import { insertMany } from './insert-many';
import { outbox } from './schema';

let h: TestHarness;
beforeAll(async () => {
  h = await createTestHarness();
});
afterAll(() => h.close());

describe('insertMany', () => {
  it('writes every row as given: JSON kept whole, dates, nulls, and defaults for the rest', async () => {
    const at = new Date('2026-07-23T07:48:00.000Z');
    const payload = { text: 'ইলন মাস্ক\' \\ "উদ্ধৃতি"', list: [1, { deep: null }] };
    await insertMany(h.db, outbox, [
      { kind: 'insert-many-a', payload, nextAttemptAt: at, lastError: null },
      { kind: 'insert-many-b', payload: [], nextAttemptAt: at, lastError: 'কারণ' },
    ]);
    const rows = await h.db
      .select()
      .from(outbox)
      .where(inArray(outbox.kind, ['insert-many-a', 'insert-many-b']))
      .orderBy(outbox.kind);
    expect(rows.map((r) => [r.kind, r.payload, r.nextAttemptAt.toISOString(), r.lastError])).toEqual([
      ['insert-many-a', payload, at.toISOString(), null],
      ['insert-many-b', [], at.toISOString(), 'কারণ'],
    ]);
    // Columns no row named take their defaults.
    expect(rows.every((r) => r.attempts === 0 && r.processedAt === null && r.id > 0)).toBe(true);
    expect(rows[0].createdAt).toBeInstanceOf(Date);
  });

  it('does nothing for no rows', async () => {
    await expect(insertMany(h.db, outbox, [])).resolves.toBeUndefined();
  });
});
