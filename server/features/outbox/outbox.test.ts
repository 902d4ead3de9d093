import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, outbox } from '../../db/schema';
import type { BartaEvent } from '../../events/bus';
import { createTestHarness, silentLog, type TestHarness } from '../../test/harness';
import { enqueueOutbox } from './enqueue';
import { OutboxProcessor } from './outbox-processor';

let h: TestHarness;
beforeAll(async () => {
  h = await createTestHarness();
});
afterAll(() => h.close());

function recorder(status = 200) {
  const calls: { key: string; body: unknown }[] = [];
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    calls.push({
      key: (init.headers as Record<string, string>)['idempotency-key'],
      body: JSON.parse(String(init.body)),
    });
    return new Response('', { status });
  }) as unknown as typeof fetch;
  return { calls, fetchImpl };
}

describe('outbox', () => {
  it('does each effect once, with two processors racing over the same rows', async () => {
    const user = await h.makeUser('editor');
    const articleId = crypto.randomUUID();
    await h.db.transaction(async (tx) => {
      for (let i = 0; i < 40; i++) {
        await enqueueOutbox(tx, [
          {
            kind: 'notify',
            payload: { userIds: [user.id], kind: 'published', articleId: null, message: `n${i}` },
          },
          { kind: 'webhook', payload: { event: 'article.published', data: { i } } },
          { kind: 'event', payload: { type: 'article.changed', articleId } },
        ]);
      }
    });
    const web = recorder();
    const seen: BartaEvent[] = [];
    const unsubscribe = h.events.subscribe((e) => {
      if (e.type === 'article.changed' && e.articleId === articleId) seen.push(e);
    });
    const make = () =>
      new OutboxProcessor({
        db: h.db,
        events: h.events,
        log: silentLog,
        webhookUrl: 'https://hooks.example/x',
        fetchImpl: web.fetchImpl,
        batchSize: 7,
      });
    const [p1, p2] = [make(), make()];
    await Promise.all(
      [p1, p2].map(async (p) => {
        while ((await p.runOnce()) > 0) {}
      }),
    );
    unsubscribe();
    const mine = await h.db.select().from(notifications).where(eq(notifications.userId, user.id));
    expect(mine).toHaveLength(40);
    expect(new Set(mine.map((n) => n.message)).size).toBe(40);
    expect(web.calls).toHaveLength(40);
    expect(new Set(web.calls.map((c) => c.key)).size).toBe(40);
    expect(seen).toHaveLength(40);
    const [left] = await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(outbox)
      .where(sql`processed_at is null`);
    expect(left.n).toBe(0);
  });

  it('retries a failing webhook later with backoff, keeping the error', async () => {
    await enqueueOutbox(h.db, [{ kind: 'webhook', payload: { event: 'article.published', data: { x: 1 } } }]);
    const web = recorder(503);
    const p = new OutboxProcessor({
      db: h.db,
      events: h.events,
      log: silentLog,
      webhookUrl: 'https://hooks.example/x',
      fetchImpl: web.fetchImpl,
    });
    await p.runOnce();
    const [row] = await h.db.select().from(outbox).where(sql`processed_at is null and kind = 'webhook'`);
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/503/);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    // Not due yet: a second pass sends nothing.
    await p.runOnce();
    expect(web.calls).toHaveLength(1);
    // Once due again it is sent with the same idempotency key.
    await h.db
      .update(outbox)
      .set({ nextAttemptAt: new Date(Date.now() - 1000) })
      .where(eq(outbox.id, row.id));
    const ok = recorder(200);
    const p2 = new OutboxProcessor({
      db: h.db,
      events: h.events,
      log: silentLog,
      webhookUrl: 'https://hooks.example/x',
      fetchImpl: ok.fetchImpl,
    });
    await p2.runOnce();
    expect(ok.calls[0].key).toBe(web.calls[0].key);
    const [done] = await h.db.select().from(outbox).where(eq(outbox.id, row.id));
    expect(done.processedAt).not.toBeNull();
  });
});
