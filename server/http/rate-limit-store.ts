import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client';

/** Expired counters are swept now and then, by whichever instance counts the Nth request. */
const SWEEP_EVERY = 500;

/**
 * A @fastify/rate-limit store on PostgreSQL, so several instances behind one load
 * balancer share each client's counters. One statement counts a request and says
 * how many the window holds and when it ends: a fixed window per key, restarted by
 * the first request after it ends.
 */
export class PostgresRateLimitStore implements FastifyRateLimitStore {
  private requests = 0;

  constructor(
    private readonly db: Db,
    private readonly log?: { error(obj: unknown, msg?: string): void },
  ) {}

  incr(
    key: string,
    callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
    timeWindow: number,
  ): void {
    this.count(key, timeWindow).then(
      (result) => callback(null, result),
      (error: Error) => {
        // The request goes on uncounted (skipOnError); the failure is not silent.
        this.log?.error({ err: error, key }, 'rate limit counter failed');
        callback(error);
      },
    );
  }

  async count(key: string, timeWindowMs: number): Promise<{ current: number; ttl: number }> {
    const window = sql`make_interval(secs => ${timeWindowMs / 1000})`;
    const [row] = await queryRows<{ count: number; ttl_ms: number }>(
      this.db,
      sql`insert into rate_limits as r (key, count, reset_at) values (${key}, 1, now() + ${window})
        on conflict (key) do update set
          count = case when r.reset_at <= now() then 1 else r.count + 1 end,
          reset_at = case when r.reset_at <= now() then now() + ${window} else r.reset_at end
        returning r.count, greatest(0, ceil(extract(epoch from (r.reset_at - now())) * 1000))::int as ttl_ms`,
    );
    if (++this.requests % SWEEP_EVERY === 0) {
      await this.db.execute(sql`delete from rate_limits where reset_at < now() - interval '1 minute'`);
    }
    return { current: row.count, ttl: row.ttl_ms };
  }

  /** Every limit shares one table; keys carry the limit's name. */
  child(): FastifyRateLimitStore {
    return this;
  }
}

/** The store class @fastify/rate-limit constructs, bound to this database. */
export function postgresRateLimitStore(
  db: Db,
  log: { error(obj: unknown, msg?: string): void },
): FastifyRateLimitStoreCtor {
  return class extends PostgresRateLimitStore {
    constructor() {
      super(db, log);
    }
  };
}
