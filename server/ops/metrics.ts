import { sql } from 'drizzle-orm';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { type Database, queryRows } from '../db/client';

export interface ProcedureObservation {
  path: string;
  type: string;
  seconds: number;
  /** The tRPC error code when the call failed. */
  error?: string;
}

/**
 * Barta's Prometheus metrics, in a registry of their own (one per app, so tests can
 * build several). Counters and histograms move with traffic; the gauges read from
 * the database (outbox, scheduler, media queue) are refreshed at each scrape, so
 * every instance reports the shared state and no timer runs between scrapes.
 */
export class BartaMetrics {
  readonly registry = new Registry();
  private readonly httpDuration = new Histogram({
    name: 'barta_http_request_duration_seconds',
    help: 'HTTP request latency by route pattern, method and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly procedureDuration = new Histogram({
    name: 'barta_trpc_procedure_duration_seconds',
    help: 'tRPC procedure latency by procedure and type',
    labelNames: ['procedure', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly procedureErrors = new Counter({
    name: 'barta_trpc_procedure_errors_total',
    help: 'tRPC procedure calls that failed, by procedure and tRPC error code',
    labelNames: ['procedure', 'code'] as const,
    registers: [this.registry],
  });
  private readonly cacheLookups = new Counter({
    name: 'barta_page_cache_lookups_total',
    help: 'Public page cache lookups, by result (hit or miss)',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  private readonly gauges = {
    cacheHitRatio: this.gauge(
      'barta_page_cache_hit_ratio',
      'Share of page cache lookups that hit, since start',
    ),
    outboxBacklog: this.gauge('barta_outbox_backlog', 'Outbox messages not yet processed'),
    outboxAge: this.gauge('barta_outbox_oldest_age_seconds', 'Age of the oldest unprocessed outbox message'),
    overdue: this.gauge('barta_scheduler_overdue_stories', 'Scheduled stories past their publication time'),
    overdueSeconds: this.gauge(
      'barta_scheduler_lateness_seconds',
      'How late the most overdue scheduled story is now (0 when none is due)',
    ),
    recentLateness: this.gauge(
      'barta_scheduler_recent_max_lateness_seconds',
      'Largest delay between due time and publication over the last 15 minutes',
    ),
    mediaQueue: this.gauge('barta_media_processing_queue', 'Images still waiting for their renditions'),
    poolTotal: this.gauge('barta_db_pool_connections', 'PostgreSQL pool connections open'),
    poolIdle: this.gauge('barta_db_pool_idle_connections', 'PostgreSQL pool connections idle'),
    poolWaiting: this.gauge('barta_db_pool_waiting_requests', 'Queries waiting for a pool connection'),
    databaseUp: this.gauge('barta_metrics_database_up', '1 when the last scrape could read the database'),
  };

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'barta_' });
  }

  private gauge(name: string, help: string): Gauge {
    return new Gauge({ name, help, registers: [this.registry] });
  }

  observeHttp(method: string, route: string, statusCode: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  readonly observeProcedure = (o: ProcedureObservation): void => {
    this.procedureDuration.observe({ procedure: o.path, type: o.type }, o.seconds);
    if (o.error) this.procedureErrors.inc({ procedure: o.path, code: o.error });
  };

  /** For the public page cache: one call per lookup. */
  recordCacheLookup(hit: boolean): void {
    this.cacheLookups.inc({ result: hit ? 'hit' : 'miss' });
  }

  /** Reads the shared state into the gauges, then renders every metric in the text format. */
  async render(database: Database): Promise<string> {
    await this.refresh(database);
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private async refresh(database: Database): Promise<void> {
    const g = this.gauges;
    const lookups = await this.cacheLookups.get();
    const count = (result: string) => lookups.values.find((v) => v.labels.result === result)?.value ?? 0;
    const total = count('hit') + count('miss');
    g.cacheHitRatio.set(total ? count('hit') / total : 0);
    if (database.pool) {
      g.poolTotal.set(database.pool.totalCount);
      g.poolIdle.set(database.pool.idleCount);
      g.poolWaiting.set(database.pool.waitingCount);
    }
    try {
      const [row] = await queryRows<Record<string, number | string | null>>(
        database.db,
        sql`select
          (select count(*) from outbox where processed_at is null) as outbox_backlog,
          (select coalesce(extract(epoch from now() - min(created_at)), 0) from outbox where processed_at is null) as outbox_age,
          (select count(*) from articles where status = 'scheduled' and deleted_at is null and publish_at <= now()) as overdue,
          (select coalesce(extract(epoch from now() - min(publish_at)), 0) from articles
             where status = 'scheduled' and deleted_at is null and publish_at <= now()) as overdue_seconds,
          (select coalesce(max(extract(epoch from published_at - publish_at)), 0) from articles
             where published_at > now() - interval '15 minutes' and publish_at is not null
               and published_at >= publish_at) as recent_lateness,
          (select count(*) from media where status = 'processing') as media_queue`,
      );
      g.outboxBacklog.set(Number(row.outbox_backlog));
      g.outboxAge.set(Number(row.outbox_age));
      g.overdue.set(Number(row.overdue));
      g.overdueSeconds.set(Number(row.overdue_seconds));
      g.recentLateness.set(Number(row.recent_lateness));
      g.mediaQueue.set(Number(row.media_queue));
      g.databaseUp.set(1);
    } catch {
      // The rest of the metrics are still worth scraping when the database is down.
      g.databaseUp.set(0);
    }
  }
}
