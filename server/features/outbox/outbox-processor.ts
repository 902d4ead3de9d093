import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notifications, outbox } from '../../db/schema';
import type { BartaEvent, EventBus } from '../../events/bus';
import type { Logger } from '../../trpc/context';
import type { OutboxMessage } from './enqueue';

export type CacheInvalidator = (
  payload: Extract<OutboxMessage, { kind: 'cache' }>['payload'],
) => Promise<void> | void;

export interface OutboxOptions {
  db: Db;
  events: EventBus;
  log: Logger;
  webhookUrl?: string;
  /** Tests and the bench pass their own. */
  fetchImpl?: typeof fetch;
  pollMs?: number;
  batchSize?: number;
  /** How long a claimed at-least-once row is reserved for this instance before another may retry it. */
  leaseSeconds?: number;
  maxAttempts?: number;
}

type Row = { id: number; kind: string; payload: unknown; attempts: number };

/** 2 s, 4 s, 8 s … capped at an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3600, 2 ** Math.max(1, attempts));
}

/**
 * Processes outbox rows after commit. Each row is claimed with FOR UPDATE SKIP LOCKED,
 * so instances never process one row together.
 *
 * Guarantees, honestly: `notify` rows insert their notifications in the transaction
 * that marks the row processed, so they happen exactly once. Events, cache hooks and
 * the webhook act outside the database: the row is leased, the effect runs, then the
 * row is marked done; a crash in between repeats the effect after the lease ends
 * (at least once). Webhook receivers de-duplicate with the Idempotency-Key header.
 */
export class OutboxProcessor {
  private timer?: NodeJS.Timeout;
  private running = false;
  private again = false;
  private stopped = true;
  private invalidators = new Set<CacheInvalidator>();
  private readonly pollMs: number;
  private readonly batchSize: number;
  private readonly leaseSeconds: number;
  private readonly maxAttempts: number;

  constructor(private readonly options: OutboxOptions) {
    this.pollMs = options.pollMs ?? 1000;
    this.batchSize = options.batchSize ?? 100;
    this.leaseSeconds = options.leaseSeconds ?? 30;
    this.maxAttempts = options.maxAttempts ?? 12;
  }

  /** Public-site caches and CDN purges register here. */
  onInvalidate(invalidator: CacheInvalidator): () => void {
    this.invalidators.add(invalidator);
    return () => this.invalidators.delete(invalidator);
  }

  start(): void {
    this.stopped = false;
    this.kick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 10));
  }

  /** Something was just committed: process now rather than at the next poll. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.loop(), 0);
  }

  private async loop(): Promise<void> {
    this.running = true;
    try {
      do {
        this.again = false;
        while (!this.stopped && (await this.runOnce()) === this.batchSize) {}
      } while (this.again && !this.stopped);
    } catch (error) {
      this.options.log.error({ err: error }, 'outbox processing failed');
    } finally {
      this.running = false;
      if (!this.stopped) this.timer = setTimeout(() => void this.loop(), this.pollMs);
    }
  }

  /** Claims and processes one batch; returns how many rows it claimed. */
  async runOnce(): Promise<number> {
    const { db } = this.options;
    const { external, notified, count } = await db.transaction(async (tx) => {
      const rows: Row[] = await tx
        .select({ id: outbox.id, kind: outbox.kind, payload: outbox.payload, attempts: outbox.attempts })
        .from(outbox)
        .where(and(isNull(outbox.processedAt), lte(outbox.nextAttemptAt, sql`now()`)))
        .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
        .limit(this.batchSize)
        .for('update', { skipLocked: true });
      const internal = rows.filter((r) => r.kind === 'notify');
      const notifiedIds: string[] = [];
      for (const row of internal) {
        const p = row.payload as Extract<OutboxMessage, { kind: 'notify' }>['payload'];
        const userIds = [...new Set(p.userIds)];
        if (userIds.length > 0) {
          await tx.insert(notifications).values(
            userIds.map((userId) => ({
              userId,
              kind: p.kind,
              articleId: p.articleId,
              message: p.message,
              notice: p.notice ?? null,
            })),
          );
        }
        notifiedIds.push(...userIds);
      }
      if (internal.length > 0) {
        await tx
          .update(outbox)
          .set({ processedAt: sql`now()`, attempts: sql`${outbox.attempts} + 1` })
          .where(
            inArray(
              outbox.id,
              internal.map((r) => r.id),
            ),
          );
      }
      const leased = rows.filter((r) => r.kind !== 'notify');
      if (leased.length > 0) {
        await tx
          .update(outbox)
          .set({
            attempts: sql`${outbox.attempts} + 1`,
            nextAttemptAt: sql`now() + make_interval(secs => ${this.leaseSeconds})`,
          })
          .where(
            inArray(
              outbox.id,
              leased.map((r) => r.id),
            ),
          );
      }
      return { external: leased, notified: notifiedIds, count: rows.length };
    });
    for (const userId of new Set(notified))
      this.options.events.publish({ type: 'notification.created', userId });
    await Promise.all(external.map((row) => this.runExternal({ ...row, attempts: row.attempts + 1 })));
    return count;
  }

  private async runExternal(row: Row): Promise<void> {
    const { db } = this.options;
    try {
      await this.effect(row);
      await db.update(outbox).set({ processedAt: sql`now()`, lastError: null }).where(eq(outbox.id, row.id));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = row.attempts >= this.maxAttempts;
      this.options.log.warn(
        { outboxId: row.id, kind: row.kind, attempts: row.attempts, err: message },
        'outbox effect failed',
      );
      await db
        .update(outbox)
        .set(
          giveUp
            ? { processedAt: sql`now()`, lastError: `gave up after ${row.attempts} attempts: ${message}` }
            : {
                lastError: message,
                nextAttemptAt: sql`now() + make_interval(secs => ${retryDelaySeconds(row.attempts)})`,
              },
        )
        .where(eq(outbox.id, row.id));
    }
  }

  private async effect(row: Row): Promise<void> {
    if (row.kind === 'event') {
      this.options.events.publish(row.payload as BartaEvent);
    } else if (row.kind === 'cache') {
      const payload = row.payload as Extract<OutboxMessage, { kind: 'cache' }>['payload'];
      for (const invalidate of this.invalidators) await invalidate(payload);
    } else if (row.kind === 'webhook') {
      await this.postWebhook(row);
    } else {
      throw new Error(`unknown outbox kind ${row.kind}`);
    }
  }

  private async postWebhook(row: Row): Promise<void> {
    const url = this.options.webhookUrl;
    if (!url) return; // configured off since the row was written: nothing to send
    const payload = row.payload as Extract<OutboxMessage, { kind: 'webhook' }>['payload'];
    const fetchImpl = this.options.fetchImpl ?? fetch;
    const key = `barta-outbox-${row.id}`;
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key, 'user-agent': 'Barta' },
      body: JSON.stringify({ id: key, event: payload.event, data: payload.data, attempt: row.attempts }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  }
}
