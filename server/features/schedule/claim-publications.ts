import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import {
  type ChecklistFacts,
  checklistFailures,
  DEFAULT_CHECKLIST_CONFIG,
  evaluateChecklist,
} from '../../../shared/articles/checklist';
import type { Db, Tx } from '../../db/client';
import { insertMany } from '../../db/insert-many';
import { articleAuthors, articleRevisions, articles, auditLog } from '../../db/schema';
import { type ArticleRow, articleColumns } from '../articles/load-article';
import { snapshotOf } from '../articles/snapshot';
import { enqueueOutbox, type OutboxMessage } from '../outbox/enqueue';
import { gatherChecklistFactsBatch } from '../workflow/checklist-facts';
import { notifyScheduleFailed, storyTitle } from '../workflow/notify';
import { embargoMessage } from './embargo';

export interface ClaimDeps {
  db: Db;
  timeZone: string;
  /** When set, each publication also queues the outgoing webhook. */
  webhookUrl?: string;
  /** Written into the audit row: which instance published. */
  instanceId?: string;
}

export interface ClaimOutcome {
  id: string;
  status: 'published' | 'schedule_failed';
  publishAt: Date;
  /** Database clock at the claim minus publish_at. */
  latenessMs: number;
  reasons?: string[];
}

type Claimed = ArticleRow & {
  oldPublishedAt: Date | null;
  oldPublicUpdatedAt: Date | null;
  oldSlugAuto: boolean;
  latenessMs: number;
  dbNow: Date;
};

/**
 * Publishes up to `limit` due stories in one transaction. The claim is one atomic
 * statement on the database's clock: rows another instance holds are skipped
 * (SKIP LOCKED) and a row is only taken while still `scheduled`, so a story is
 * published once whatever the number of instances. The checklist then runs again
 * in the same transaction; a story that fails it becomes `schedule_failed` and
 * desk staff and authors are notified in that same commit.
 */
export async function claimDuePublications(deps: ClaimDeps, limit = 50): Promise<ClaimOutcome[]> {
  return deps.db.transaction(async (tx) => {
    const due = tx.$with('due').as(
      tx
        .select({
          id: articles.id,
          // Kept to undo the claim if the checklist fails, in this same transaction.
          oldPublishedAt: sql<Date | null>`${articles.publishedAt}`.as('old_published_at'),
          oldPublicUpdatedAt: sql<Date | null>`${articles.publicUpdatedAt}`.as('old_public_updated_at'),
          oldSlugAuto: sql<boolean>`${articles.slugAuto}`.as('old_slug_auto'),
        })
        .from(articles)
        .where(
          and(
            eq(articles.status, 'scheduled'),
            lte(articles.publishAt, sql`now()`),
            isNull(articles.deletedAt),
          ),
        )
        .orderBy(asc(articles.publishAt))
        .limit(limit)
        .for('update', { skipLocked: true }),
    );
    const claimed = (await tx
      .with(due)
      .update(articles)
      .set({
        status: 'published',
        statusChangedAt: sql`now()`,
        publishedAt: sql`coalesce(${articles.publishedAt}, now())`,
        // A story that comes back keeps its first date and shows an update line.
        publicUpdatedAt: sql`case when ${articles.publishedAt} is null then ${articles.publicUpdatedAt} else now() end`,
        slugAuto: false,
        scheduleError: null,
        version: sql`${articles.version} + 1`,
        updatedAt: sql`now()`,
      })
      .from(due)
      .where(and(eq(articles.id, due.id), eq(articles.status, 'scheduled')))
      .returning({
        ...articleColumns,
        oldPublishedAt: sql<Date | null>`due.old_published_at`.mapWith(articles.publishedAt),
        oldPublicUpdatedAt: sql<Date | null>`due.old_public_updated_at`.mapWith(articles.publicUpdatedAt),
        oldSlugAuto: sql<boolean>`due.old_slug_auto`,
        latenessMs: sql<number>`(extract(epoch from (now() - ${articles.publishAt})) * 1000)::float8`,
        dbNow: sql<Date>`now()`.mapWith(articles.publishedAt),
      })) as Claimed[];
    if (claimed.length === 0) return [];
    return settleClaimed(tx, deps, claimed);
  });
}

async function settleClaimed(tx: Tx, deps: ClaimDeps, claimed: Claimed[]): Promise<ClaimOutcome[]> {
  const facts = await gatherChecklistFactsBatch(tx, claimed);
  const outcomes: ClaimOutcome[] = [];
  const passed: Claimed[] = [];
  const messages: OutboxMessage[] = [];
  const audits: (typeof auditLog.$inferInsert)[] = [];
  const meta = (row: Claimed) => ({
    scheduled: true,
    publishAt: row.publishAt?.toISOString(),
    latenessMs: Math.round(row.latenessMs),
    version: row.version,
    instance: deps.instanceId,
  });

  for (const row of claimed) {
    const reasons: string[] = [];
    if (row.embargoUntil && row.embargoUntil.getTime() > row.dbNow.getTime()) {
      reasons.push(embargoMessage(row.embargoUntil, deps.timeZone));
    }
    reasons.push(
      ...checklistFailures(evaluateChecklist(facts.get(row.id) as ChecklistFacts, DEFAULT_CHECKLIST_CONFIG)),
    );
    const base = { id: row.id, publishAt: row.publishAt as Date, latenessMs: row.latenessMs };
    if (reasons.length === 0) {
      passed.push(row);
      outcomes.push({ ...base, status: 'published' });
      continue;
    }
    // Undo the claim in the same transaction: the story is never visible as published.
    await tx
      .update(articles)
      .set({
        status: 'schedule_failed',
        scheduleError: { at: row.dbNow.toISOString(), reasons },
        publishedAt: row.oldPublishedAt,
        publicUpdatedAt: row.oldPublicUpdatedAt,
        slugAuto: row.oldSlugAuto,
      })
      .where(eq(articles.id, row.id));
    const notified = await notifyScheduleFailed(tx, row.id, reasons);
    audits.push({
      actorId: null,
      action: 'article.schedule_failed',
      entityType: 'article',
      entityId: row.id,
      before: { status: 'scheduled' },
      after: { status: 'schedule_failed' },
      meta: { ...meta(row), reasons },
    });
    messages.push(
      {
        kind: 'event',
        payload: {
          type: 'article.changed',
          articleId: row.id,
          status: 'schedule_failed',
          version: row.version,
        },
      },
      ...notified.map((userId) => ({
        kind: 'event' as const,
        payload: { type: 'notification.created' as const, userId },
      })),
    );
    outcomes.push({ ...base, status: 'schedule_failed', reasons });
  }

  if (passed.length > 0) await completePublications(tx, deps, passed, messages, audits, meta);
  await insertMany(tx, auditLog, audits);
  await enqueueOutbox(tx, messages);
  return outcomes;
}

/** The publish revision, audit rows and side effects of the stories that passed. */
async function completePublications(
  tx: Tx,
  deps: ClaimDeps,
  passed: Claimed[],
  messages: OutboxMessage[],
  audits: (typeof auditLog.$inferInsert)[],
  meta: (row: Claimed) => Record<string, unknown>,
): Promise<void> {
  const ids = passed.map((r) => r.id);
  const authorRows = await tx
    .select({ articleId: articleAuthors.articleId, userId: articleAuthors.userId })
    .from(articleAuthors)
    .where(inArray(articleAuthors.articleId, ids))
    .orderBy(articleAuthors.articleId, articleAuthors.position);
  const authorsOf = new Map<string, string[]>();
  for (const a of authorRows) authorsOf.set(a.articleId, [...(authorsOf.get(a.articleId) ?? []), a.userId]);

  await insertMany(
    tx,
    articleRevisions,
    passed.map((row) => ({
      articleId: row.id,
      version: row.version,
      reason: 'publish' as const,
      snapshot: snapshotOf(row, authorsOf.get(row.id) ?? []),
      createdBy: null,
    })),
  );
  for (const row of passed) {
    audits.push({
      actorId: null,
      action: 'article.publish',
      entityType: 'article',
      entityId: row.id,
      before: { status: 'scheduled' },
      after: { status: 'published' },
      meta: { ...meta(row), republish: row.oldPublishedAt !== null, from: 'scheduled' },
    });
    const authors = [
      ...new Set([...(authorsOf.get(row.id) ?? []), ...(row.createdBy ? [row.createdBy] : [])]),
    ];
    messages.push(
      {
        kind: 'event',
        payload: { type: 'article.changed', articleId: row.id, status: 'published', version: row.version },
      },
      {
        kind: 'cache',
        payload: { articleId: row.id, slug: row.slug, sectionId: row.sectionId, reason: 'published' },
      },
    );
    if (authors.length > 0) {
      messages.push({
        kind: 'notify',
        payload: {
          userIds: authors,
          kind: 'published',
          articleId: row.id,
          message: `${storyTitle(row.headline)} was published at its scheduled time.`,
        },
      });
    }
    if (deps.webhookUrl) {
      messages.push({
        kind: 'webhook',
        payload: {
          event: 'article.published',
          data: {
            id: row.id,
            slug: row.slug,
            headline: row.headline,
            publishedAt: row.publishedAt,
            version: row.version,
          },
        },
      });
    }
  }
}
