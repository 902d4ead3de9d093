import { and, asc, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client';
import { articles } from '../../db/schema';
import { type ArticleRow, articleColumns } from '../articles/load-article';
import type { PublicationDeps } from '../publication/messages';
import { publishStories } from '../publication/publish-stories';

export interface ClaimDeps extends PublicationDeps {
  db: Db;
  /**
   * How far ahead of their due time first publications are claimed and prepared
   * (PostgreSQL): the batch's checklist and writes run before the due second, and it
   * commits at it (commitWhenDue). 0 on PGlite, whose one connection an open
   * transaction would hold for everyone.
   */
  publishLeadMs?: number;
}

export interface ClaimOutcome {
  id: string;
  status: 'published' | 'schedule_failed';
  publishAt: Date;
  /** Database clock at the claim minus publish_at (0 when claimed ahead). */
  latenessMs: number;
  reasons?: string[];
}

/** Due times this close together are claimed ahead as one moment (see claimDue). */
const SAME_MOMENT_MS = 20;

export type Claimed = ArticleRow & { dueAt: Date; latenessMs: number; dbNow: Date };

/**
 * Locks up to `limit` stories that are due by the database's clock. Rows another
 * instance holds are skipped (SKIP LOCKED), and the caller acts on each through the
 * publication pipeline in this same transaction, so a story goes out once whatever
 * the number of instances.
 */
export async function claimDue(
  tx: Tx,
  params: { where: SQL; dueColumn: PgColumn; limit: number; leadMs?: number },
): Promise<Claimed[]> {
  // Everything already due, and ahead of time only the stories of the next due moment
  // (within a few milliseconds of it), so that the batch's wait for its latest due time
  // makes none of them late: a thousand due at 10:00:00 are one moment, a story every
  // 10 ms is many.
  const dueBy = params.leadMs
    ? sql`least(now() + make_interval(secs => ${params.leadMs / 1000}), greatest(now(),
        (select min(${params.dueColumn}) from ${articles} where ${params.where} and ${articles.deletedAt} is null)
          + make_interval(secs => ${SAME_MOMENT_MS / 1000})))`
    : sql`now()`;
  return (await tx
    .select({
      ...articleColumns,
      dueAt: sql<Date>`${params.dueColumn}`.mapWith(articles.publishAt),
      latenessMs: sql<number>`(extract(epoch from (now() - ${params.dueColumn})) * 1000)::float8`.mapWith(
        Number,
      ),
      dbNow: sql<Date>`now()`.mapWith(articles.publishAt),
    })
    .from(articles)
    .where(
      and(
        params.where,
        lte(params.dueColumn, dueBy),
        isNotNull(params.dueColumn),
        isNull(articles.deletedAt),
      ),
    )
    .orderBy(asc(params.dueColumn))
    .limit(params.limit)
    .for('update', { skipLocked: true })) as Claimed[];
}

export function claimMeta(deps: ClaimDeps, row: Claimed, due: 'publishAt' | 'unpublishAt') {
  return {
    scheduled: true,
    [due]: row.dueAt.toISOString(),
    latenessMs: Math.max(0, Math.round(row.latenessMs)),
    instance: deps.instanceId,
  };
}

/**
 * Holds a batch claimed ahead until its latest due time (by the database's clock at
 * the claim), so that it commits, and readers see it, at that second and not before.
 */
export async function commitWhenDue(claimed: Claimed[], claimedAt: number): Promise<void> {
  const ahead = Math.max(0, ...claimed.map((row) => -row.latenessMs));
  const wait = ahead - (performance.now() - claimedAt);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
}

/**
 * Publishes up to `limit` due scheduled stories in one transaction, through the
 * same pipeline as "Publish now". The checklist runs again at the due time; a story
 * that fails it becomes `schedule_failed` and desk staff and authors are told, in
 * that same commit.
 */
export async function claimDuePublications(deps: ClaimDeps, limit = 50): Promise<ClaimOutcome[]> {
  return deps.db.transaction(async (tx) => {
    const claimedAt = performance.now();
    const claimed = await claimDue(tx, {
      where: sql`${articles.status} = 'scheduled'`,
      dueColumn: articles.publishAt,
      limit,
      leadMs: deps.publishLeadMs,
    });
    if (claimed.length === 0) return [];
    const byId = new Map(claimed.map((row) => [row.id, row]));
    // Judged as at the commit (a batch claimed ahead commits at its latest due time): a
    // story due the moment its embargo lifts goes out then, not refused half a second early.
    const commitsAt = Math.max(claimed[0].dbNow.getTime(), ...claimed.map((row) => row.dueAt.getTime()));
    const { published, failed } = await publishStories(tx, claimed, null, deps, {
      now: new Date(commitsAt),
      auditMeta: (row) => claimMeta(deps, byId.get(row.id)!, 'publishAt'),
    });
    const outcome = (row: ArticleRow) => {
      const c = byId.get(row.id)!;
      return { id: row.id, publishAt: c.dueAt, latenessMs: Math.max(0, c.latenessMs) };
    };
    await commitWhenDue(claimed, claimedAt);
    return [
      ...published.map((row) => ({ ...outcome(row), status: 'published' as const })),
      ...failed.map(({ row, reasons }) => ({ ...outcome(row), status: 'schedule_failed' as const, reasons })),
    ];
  });
}
