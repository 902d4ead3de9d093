import { type SQL, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client';

/** Up to this many matches are counted exactly; beyond, the planner's estimate is shown. */
export const EXACT_TOTAL_LIMIT = 10_000;

export interface StoryTotal {
  count: number;
  exact: boolean;
}

/** Above this planner estimate the list says "about N" without counting at all. */
export const COUNT_ESTIMATE_LIMIT = EXACT_TOTAL_LIMIT;

/**
 * Asks the planner first (EXPLAIN plans without running): when it expects far more
 * than 10,000 matches the estimate is shown. Otherwise at most 10,001 rows are
 * counted, exact up to 10,000: counting a million rows would cost more than the page.
 */
export async function countStories(tx: Tx, where: SQL[], knownEstimate?: number): Promise<StoryTotal> {
  const conditions = sql.join(where, sql` and `);
  const estimate = knownEstimate ?? (await estimateStories(tx, where));
  if (estimate > COUNT_ESTIMATE_LIMIT) return { count: estimate, exact: false };
  const [row] = await queryRows<{ n: number | string }>(
    tx,
    sql`select count(*)::int as n from (select 1 from articles a where ${conditions} limit ${EXACT_TOTAL_LIMIT + 1}) t`,
  );
  const exact = Number(row.n);
  if (exact <= EXACT_TOTAL_LIMIT) return { count: exact, exact: true };
  return { count: Math.max(EXACT_TOTAL_LIMIT + 1, estimate), exact: false };
}

/** The planner's guess of how many stories match (EXPLAIN plans without running the query). */
export async function estimateStories(tx: Tx, where: SQL[]): Promise<number> {
  const [plan] = await queryRows<{ 'QUERY PLAN': unknown }>(
    tx,
    sql`explain (format json) select 1 from articles a where ${sql.join(where, sql` and `)}`,
  );
  return planRows(plan?.['QUERY PLAN']);
}

function planRows(raw: unknown): number {
  const parsed = typeof raw === 'string' ? JSON.parse(raw) : raw;
  const rows = Array.isArray(parsed) ? parsed[0]?.Plan?.['Plan Rows'] : undefined;
  return typeof rows === 'number' ? Math.round(rows) : 0;
}
