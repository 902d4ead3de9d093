import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHarness, silentLog, type TestHarness } from '../test/harness';
import { type BartaEvent, EventBus } from './bus';
import { PgRelay } from './pg-relay';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.skipIf(!onPostgres)('LISTEN/NOTIFY relay between instances', () => {
  let h: TestHarness;
  beforeAll(async () => {
    h = await createTestHarness();
  });
  afterAll(() => h?.close());

  it('delivers an event to the other instance once, and not back to its sender', async () => {
    const url = h.database.pool?.options.connectionString as string;
    const [a, b] = [new EventBus(), new EventBus()];
    const relays = [
      new PgRelay({ connectionString: url, pool: h.database.pool!, events: a, log: silentLog }),
      new PgRelay({ connectionString: url, pool: h.database.pool!, events: b, log: silentLog }),
    ];
    await Promise.all(relays.map((r) => r.start()));
    const seenA: BartaEvent[] = [];
    const seenB: BartaEvent[] = [];
    a.subscribe((e) => seenA.push(e));
    b.subscribe((e) => seenB.push(e));
    try {
      a.publish({ type: 'schedule.changed' });
      await expect.poll(() => seenB.length, { timeout: 3000 }).toBe(1);
      await new Promise((r) => setTimeout(r, 200));
      expect(seenA).toHaveLength(1); // its own local delivery only, no echo
      expect(seenB).toEqual([{ type: 'schedule.changed' }]);
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
    }
  });
});
