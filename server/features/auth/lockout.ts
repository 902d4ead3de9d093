import { and, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { loginFailures } from '../../db/schema';

export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

/** Minutes left in a lock for this account from this address, or 0 when sign-in may be tried. */
export async function lockedMinutesLeft(db: DbOrTx, email: string, ip: string): Promise<number> {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      // The lock lasts 15 minutes from the failure that reached the limit.
      newest: sql<Date | string | null>`max(${loginFailures.at})`,
    })
    .from(loginFailures)
    .where(
      and(
        eq(loginFailures.email, email),
        eq(loginFailures.ip, ip),
        gt(loginFailures.at, sql`now() - make_interval(mins => ${LOCK_MINUTES})`),
      ),
    );
  if (!row || row.count < MAX_FAILURES || !row.newest) return 0;
  const newest = new Date(row.newest).getTime();
  const left = newest + LOCK_MINUTES * 60_000 - Date.now();
  return Math.max(1, Math.ceil(left / 60_000));
}

export async function recordFailure(db: DbOrTx, email: string, ip: string): Promise<void> {
  await db.insert(loginFailures).values({ email, ip });
}

export async function clearFailures(db: DbOrTx, email: string, ip: string): Promise<void> {
  await db.delete(loginFailures).where(and(eq(loginFailures.email, email), eq(loginFailures.ip, ip)));
}
