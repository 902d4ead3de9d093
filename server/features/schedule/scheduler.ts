import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import type { EventBus } from '../../events/bus';
import type { Logger } from '../../trpc/context';
import { type ClaimDeps, type ClaimOutcome, claimDuePublications } from './claim-publications';
import { claimDueUnpublications, type UnpublishOutcome } from './claim-unpublications';
import { claimDueUpdates, type UpdateOutcome } from './claim-updates';

export interface SchedulerOptions extends ClaimDeps {
  events: EventBus;
  log: Logger;
  /** Safety sweep: the longest the scheduler sleeps, whatever the timer says. */
  sweepMs?: number;
  /** Stories claimed per transaction (DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  /** Claim loops run side by side (PostgreSQL: one connection each; PGlite: 1). */
  concurrency?: number;
  /** After each committed batch, with Date.now() at commit (the outbox processor is kicked here). */
  onCommitted?: (result: {
    published: ClaimOutcome[];
    unpublished: UnpublishOutcome[];
    updated: UpdateOutcome[];
    at: number;
  }) => void;
}

/**
 * A batch costs a dozen statements whatever its size, plus about a millisecond a
 * story: when a thousand fall due at once, four batches of 250 (two instances, two
 * loops each) commit far sooner than twenty of 50, and a batch still holds its row
 * locks for well under a second.
 */
export const DEFAULT_BATCH_SIZE = 250;
/** A scheduled update re-validates and re-renders its text one story at a time: smaller batches. */
const UPDATE_BATCH_SIZE = 50;

/**
 * How the scheduler runs on each database. PostgreSQL: two claim loops (a connection
 * each), and first publications claimed half a second ahead, so that a burst of a
 * thousand commits at its due second rather than a few hundred milliseconds after it;
 * the row locks are held that long before the due time. PGlite: one loop, no lead
 * (a transaction there holds the only connection).
 */
export function schedulerTuning(
  kind: 'postgres' | 'pglite',
): Pick<SchedulerOptions, 'concurrency' | 'publishLeadMs'> {
  return kind === 'postgres' ? { concurrency: 2, publishLeadMs: 500 } : { concurrency: 1, publishLeadMs: 0 };
}

// When a due story is locked by someone else (an editor saving it), retry soon, not in a busy loop.
const BUSY_RETRY_MS = 50;

/**
 * The in-process scheduler. The due times live only in the database: the timer is
 * armed for the earliest one (read with the database's clock), re-armed whenever a
 * schedule changes here or on another instance (`schedule.changed`, relayed through
 * LISTEN/NOTIFY), and never sleeps longer than the sweep interval. At start it runs
 * at once, so everything overdue goes out immediately.
 */
export class Scheduler {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;
  private unsubscribe?: () => void;
  private readonly sweepMs: number;
  private readonly batchSize: number;
  private readonly concurrency: number;

  constructor(private readonly options: SchedulerOptions) {
    this.sweepMs = options.sweepMs ?? 5000;
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    this.concurrency = Math.max(1, options.concurrency ?? 1);
  }

  start(): void {
    this.stopped = false;
    this.unsubscribe = this.options.events.subscribe((event) => {
      if (event.type === 'schedule.changed') this.wake();
    });
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    clearTimeout(this.timer);
    await this.running;
  }

  /** Run now (or right after the current run) and re-arm. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.run().finally(() => {
      this.running = undefined;
    });
  }

  /** Resolves once the current run (if any) has finished: for tests. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(): Promise<void> {
    let delay = this.sweepMs;
    try {
      do {
        this.again = false;
        await Promise.all(Array.from({ length: this.concurrency }, () => this.drain()));
      } while (this.again && !this.stopped);
      delay = await this.nextDelay();
    } catch (error) {
      this.options.log.error({ err: error }, 'scheduler run failed; retrying shortly');
      delay = 1000;
    }
    if (!this.stopped) {
      this.timer = setTimeout(() => this.wake(), delay);
      this.timer.unref?.();
    }
  }

  /** Claims batches until nothing is due. */
  private async drain(): Promise<void> {
    while (!this.stopped) {
      const published = await claimDuePublications(this.options, this.batchSize);
      const unpublished = await claimDueUnpublications(this.options, this.batchSize);
      const updateLimit = Math.min(this.batchSize, UPDATE_BATCH_SIZE);
      const updated = await claimDueUpdates(this.options, updateLimit);
      if (published.length === 0 && unpublished.length === 0 && updated.length === 0) return;
      const at = Date.now();
      for (const p of published) {
        const late = Math.round(p.latenessMs);
        if (p.status === 'published')
          this.options.log.info({ articleId: p.id, latenessMs: late }, 'scheduled story published');
        else
          this.options.log.warn(
            { articleId: p.id, reasons: p.reasons },
            'scheduled story failed its checklist',
          );
      }
      this.options.onCommitted?.({ published, unpublished, updated, at });
      const full =
        published.length === this.batchSize ||
        unpublished.length === this.batchSize ||
        updated.length === updateLimit;
      if (!full) return;
    }
  }

  /** Milliseconds until the earliest claim time (a due time, less the lead for first publications), by the database's clock, capped by the sweep. */
  private async nextDelay(): Promise<number> {
    const lead = (this.options.publishLeadMs ?? 0) / 1000;
    const [row] = await queryRows<{ ms: number | string | null }>(
      this.options.db,
      sql`select (extract(epoch from (min(t) - now())) * 1000)::float8 as ms from (
            select min(publish_at) - make_interval(secs => ${lead}) as t from articles
             where status = 'scheduled' and deleted_at is null
            union all
            select min(unpublish_at) from articles where status = 'published' and deleted_at is null
            union all
            select min(pending_publish_at) from articles
             where status = 'published' and pending is not null and deleted_at is null
          ) due`,
    );
    if (row?.ms === null || row?.ms === undefined) return this.sweepMs;
    const ms = Number(row.ms);
    // Due (or within the lead) but not claimed: someone holds the row; try again shortly.
    if (ms <= 0) return BUSY_RETRY_MS;
    return Math.min(this.sweepMs, Math.ceil(ms) + 1);
  }
}
