import { and, asc, desc, eq, isNull, like, lt, not, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { articles, auditLog, notifications, reviewComments, sections, users } from '../../db/schema';
import { loadArticle } from '../articles/load-article';

/** Stories waiting for review, oldest first: the managers' queue. */
export async function listReviewQueue(db: DbOrTx) {
  return db
    .select({
      id: articles.id,
      headline: articles.headline,
      version: articles.version,
      sectionName: sections.nameBn,
      sectionNameEn: sections.nameEn,
      wordCount: articles.wordCount,
      waitingSince: articles.statusChangedAt,
      authors: sql<string[]>`array(
        select u.name from article_authors aa join users u on u.id = aa.user_id
        where aa.article_id = ${articles.id} order by aa.position)`,
      submittedBy: sql<string | null>`(
        select u.name from audit_log a join users u on u.id = a.actor_id
        where a.entity_type = 'article' and a.entity_id = ${articles.id}::text and a.action = 'article.submit'
        order by a.id desc limit 1)`,
      submitNote: sql<string | null>`(
        select a.meta->>'note' from audit_log a
        where a.entity_type = 'article' and a.entity_id = ${articles.id}::text and a.action = 'article.submit'
        order by a.id desc limit 1)`,
    })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(articles.status, 'in_review'), isNull(articles.deletedAt)))
    .orderBy(asc(articles.statusChangedAt), asc(articles.id))
    .limit(500);
}

/**
 * The story's timeline from the audit log: every status change and who made it.
 * Plain saves, comments and lock take-overs are left out; a save that changed
 * the status (an approved story edited) is kept.
 */
export async function listHistory(db: DbOrTx, articleId: string) {
  await loadArticle(db, articleId, { includeDeleted: true });
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorName: users.name,
      before: auditLog.before,
      after: auditLog.after,
      meta: auditLog.meta,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.entityType, 'article'),
        eq(auditLog.entityId, articleId),
        not(like(auditLog.action, 'article.comment%')),
        not(like(auditLog.action, 'article.related%')),
        not(eq(auditLog.action, 'article.take_over')),
        or(
          not(sql`${auditLog.action} in ('article.save', 'article.autosave', 'article.restore_revision')`),
          sql`${auditLog.before} is not null`,
        ),
      ),
    )
    .orderBy(asc(auditLog.id))
    .limit(1000);
}

/** Every comment on a story, oldest first; the client groups replies under their thread. */
export async function listComments(db: DbOrTx, articleId: string) {
  await loadArticle(db, articleId);
  const resolver = sql<string | null>`(select u.name from users u where u.id = ${reviewComments.resolvedBy})`;
  return db
    .select({
      id: reviewComments.id,
      parentId: reviewComments.parentId,
      authorId: reviewComments.authorId,
      authorName: users.name,
      body: reviewComments.body,
      anchor: reviewComments.anchor,
      mentions: reviewComments.mentions,
      resolvedAt: reviewComments.resolvedAt,
      resolvedByName: resolver,
      createdAt: reviewComments.createdAt,
    })
    .from(reviewComments)
    .leftJoin(users, eq(users.id, reviewComments.authorId))
    .where(eq(reviewComments.articleId, articleId))
    .orderBy(asc(reviewComments.createdAt), asc(reviewComments.id));
}

export const NOTIFICATIONS_PAGE = 30;

/** The user's own notifications, newest first, with the unread count for the bell. */
export async function listNotifications(db: DbOrTx, userId: string, params: { before?: string } = {}) {
  const items = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      articleId: notifications.articleId,
      /** For "View on site" on a notice that a story went live. */
      articleSlug: articles.slug,
      articleStatus: articles.status,
      actorName: users.name,
      message: notifications.message,
      notice: notifications.notice,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(articles, eq(articles.id, notifications.articleId))
    .where(
      and(
        eq(notifications.userId, userId),
        params.before ? lt(notifications.createdAt, new Date(params.before)) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE);
  return { items, unread: await countUnread(db, userId) };
}

export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/**
 * What a sent-back story's editor needs first: the latest send-back note, who
 * wrote it and when, and how many comment threads are still open. Null unless
 * the story is waiting for changes.
 */
export async function findSendBackGuidance(db: DbOrTx, articleId: string) {
  const article = await loadArticle(db, articleId, { includeDeleted: true });
  if (article.status !== 'changes_requested') return null;
  const [sentBack] = await db
    .select({
      note: sql<string>`coalesce(${auditLog.meta}->>'note', '')`,
      at: auditLog.at,
      byName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        eq(auditLog.entityType, 'article'),
        eq(auditLog.entityId, articleId),
        eq(auditLog.action, 'article.send_back'),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  const [{ open }] = await db
    .select({ open: sql<number>`count(*)::int` })
    .from(reviewComments)
    .where(
      and(
        eq(reviewComments.articleId, articleId),
        isNull(reviewComments.parentId),
        isNull(reviewComments.resolvedAt),
      ),
    );
  return {
    note: sentBack?.note ?? '',
    byName: sentBack?.byName ?? null,
    at: sentBack?.at ?? null,
    openComments: open,
  };
}
