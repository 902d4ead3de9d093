import { randomUUID } from 'node:crypto';
import type { Config } from '../../config';
import type { Database } from '../../db/client';
import type { EventBus } from '../../events/bus';
import { PgRelay } from '../../events/pg-relay';
import { registerCacheInvalidation } from '../../site/cache-invalidation';
import type { Logger } from '../../trpc/context';
import { OutboxProcessor } from '../outbox/outbox-processor';
import { Scheduler, schedulerTuning } from './scheduler';

export interface BackgroundWork {
  instanceId: string;
  scheduler: Scheduler;
  outbox: OutboxProcessor;
  stop(): Promise<void>;
}

/**
 * Starts what runs beside the HTTP server: the event relay between instances
 * (PostgreSQL only), the outbox processor and the scheduler, which kicks the
 * outbox after each committed batch.
 */
export async function startBackgroundWork(deps: {
  config: Config;
  database: Database;
  events: EventBus;
  log: Logger;
}): Promise<BackgroundWork> {
  const { config, database, events, log } = deps;
  const instanceId = randomUUID();
  const relay =
    database.pool && config.databaseUrl
      ? new PgRelay({ connectionString: config.databaseUrl, pool: database.pool, events, log, instanceId })
      : undefined;
  await relay?.start();
  const outbox = new OutboxProcessor({ db: database.db, events, log, webhookUrl: config.webhookUrl });
  registerCacheInvalidation(outbox, { events, config, log });
  outbox.start();
  const scheduler = new Scheduler({
    db: database.db,
    events,
    log,
    timeZone: config.timeZone,
    webhookUrl: config.webhookUrl,
    publicOrigin: config.publicOrigin,
    instanceId,
    ...schedulerTuning(database.kind),
    onCommitted: () => outbox.kick(),
  });
  scheduler.start();
  // A person's publication commits outside the scheduler: it says so, and the outbox runs now.
  const unsubscribe = events.subscribe((event) => {
    if (event.type === 'outbox.queued') outbox.kick();
  });
  return {
    instanceId,
    scheduler,
    outbox,
    async stop() {
      unsubscribe();
      await scheduler.stop();
      await outbox.stop();
      await relay?.stop();
    },
  };
}
