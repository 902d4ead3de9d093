import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { articleLocks, users } from '../../db/schema';

/** A lock not refreshed for this long is free for anyone to take. */
export const LOCK_STALE_SECONDS = 120;

/**
 * The editor beats every 30 s: a lock of yours that has missed a beat and a half was
 * left by a tab that closed, crashed or went offline, and is yours to take back
 * without asking. The two-minute wait is only between different people.
 */
export const OWN_LOCK_SILENT_SECONDS = 45;

export interface LockHolder {
  userId: string;
  name: string;
  tabId: string;
  acquiredAt: Date | string;
  heartbeatAt: Date | string;
}

export async function currentLock(db: DbOrTx, articleId: string): Promise<LockHolder | null> {
  const [row] = await db
    .select({
      userId: articleLocks.userId,
      name: users.name,
      tabId: articleLocks.tabId,
      acquiredAt: articleLocks.acquiredAt,
      heartbeatAt: articleLocks.heartbeatAt,
    })
    .from(articleLocks)
    .innerJoin(users, eq(users.id, articleLocks.userId))
    .where(
      and(
        eq(articleLocks.articleId, articleId),
        sql`${articleLocks.heartbeatAt} > now() - make_interval(secs => ${LOCK_STALE_SECONDS})`,
      ),
    );
  return row ?? null;
}

/**
 * Takes the lock if it is free, stale, or already this tab's; or when it is the same
 * user's and that tab no longer beats: silent for OWN_LOCK_SILENT_SECONDS, or named in
 * `replaceTabId` by a tab of the same browser that knows the holder is gone (closed or
 * crashed tabs lose their Web Lock at once). One statement, so two tabs (or two server
 * instances) racing for it cannot both win.
 */
export async function tryAcquireLock(
  db: DbOrTx,
  articleId: string,
  userId: string,
  tabId: string,
  options: { replaceTabId?: string } = {},
): Promise<boolean> {
  const rows = await db
    .insert(articleLocks)
    .values({ articleId, userId, tabId })
    .onConflictDoUpdate({
      target: articleLocks.articleId,
      set: {
        userId,
        tabId,
        acquiredAt: sql`case when ${articleLocks.tabId} = ${tabId} then ${articleLocks.acquiredAt} else now() end`,
        heartbeatAt: sql`now()`,
      },
      setWhere: sql`${articleLocks.heartbeatAt} <= now() - make_interval(secs => ${LOCK_STALE_SECONDS})
        or (${articleLocks.userId} = ${userId} and (
          ${articleLocks.tabId} = ${tabId}
          or ${articleLocks.tabId} = ${options.replaceTabId ?? tabId}
          or ${articleLocks.heartbeatAt} <= now() - make_interval(secs => ${OWN_LOCK_SILENT_SECONDS})))`,
    })
    .returning({ articleId: articleLocks.articleId });
  return rows.length > 0;
}

/** Refreshes this tab's lock; false when it was taken over or released. */
export async function heartbeatLock(
  db: DbOrTx,
  articleId: string,
  userId: string,
  tabId: string,
): Promise<boolean> {
  const rows = await db
    .update(articleLocks)
    .set({ heartbeatAt: sql`now()` })
    .where(
      and(
        eq(articleLocks.articleId, articleId),
        eq(articleLocks.userId, userId),
        eq(articleLocks.tabId, tabId),
      ),
    )
    .returning({ articleId: articleLocks.articleId });
  return rows.length > 0;
}

export async function releaseLock(
  db: DbOrTx,
  articleId: string,
  userId: string,
  tabId: string,
): Promise<void> {
  await db
    .delete(articleLocks)
    .where(
      and(
        eq(articleLocks.articleId, articleId),
        eq(articleLocks.userId, userId),
        eq(articleLocks.tabId, tabId),
      ),
    );
}

export async function forceLock(db: DbOrTx, articleId: string, userId: string, tabId: string): Promise<void> {
  await db
    .insert(articleLocks)
    .values({ articleId, userId, tabId })
    .onConflictDoUpdate({
      target: articleLocks.articleId,
      set: { userId, tabId, acquiredAt: sql`now()`, heartbeatAt: sql`now()` },
    });
}
