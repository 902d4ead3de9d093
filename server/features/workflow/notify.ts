import { and, eq, inArray, or } from 'drizzle-orm';
import type { Notice } from '../../../shared/notifications/notices';
import { RIGHTS, type Role } from '../../../shared/roles';
import type { DbOrTx } from '../../db/client';
import { articleAuthors, articles, notifications, users } from '../../db/schema';
import type { EventBus } from '../../events/bus';

export type NotificationKind =
  | 'submitted'
  | 'approved'
  | 'changes_requested'
  | 'mentioned'
  | 'schedule_failed'
  | 'unscheduled'
  | 'published'
  | 'updated'
  | 'unpublished';

/**
 * Writes one notification per recipient in the caller's transaction and returns
 * who was notified: the caller publishes `notification.created` after commit
 * (see publishNotified) so no one is told about a change that rolled back.
 * The actor is never notified of their own action.
 */
export async function notifyUsers(
  tx: DbOrTx,
  params: {
    userIds: Iterable<string>;
    kind: NotificationKind;
    articleId: string | null;
    actorId: string | null;
    /** English, stored for the log and as the fallback; `notice` is what readers see, in their language. */
    message: string;
    notice?: Notice;
  },
): Promise<string[]> {
  const recipients = [...new Set(params.userIds)].filter((id) => id !== params.actorId);
  if (recipients.length === 0) return [];
  await tx.insert(notifications).values(
    recipients.map((userId) => ({
      userId,
      kind: params.kind,
      articleId: params.articleId,
      actorId: params.actorId,
      message: params.message,
      notice: params.notice ?? null,
    })),
  );
  return recipients;
}

export function publishNotified(events: EventBus, userIds: Iterable<string>): void {
  for (const userId of new Set(userIds)) events.publish({ type: 'notification.created', userId });
}

/** Active staff holding one of `roles`. */
export async function activeUsersWithRoles(tx: DbOrTx, roles: readonly Role[]): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, [...roles])));
  return rows.map((r) => r.id);
}

/** Everyone who may review: told when a story is submitted. */
export function reviewers(tx: DbOrTx): Promise<string[]> {
  return activeUsersWithRoles(tx, RIGHTS['articles.review']);
}

/** The story's credited authors and whoever created it, if still active. */
export async function storyPeople(tx: DbOrTx, articleId: string): Promise<string[]> {
  const authors = tx
    .select({ userId: articleAuthors.userId })
    .from(articleAuthors)
    .where(eq(articleAuthors.articleId, articleId));
  const [creator] = await tx
    .select({ createdBy: articles.createdBy })
    .from(articles)
    .where(eq(articles.id, articleId));
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        creator?.createdBy
          ? or(inArray(users.id, authors), eq(users.id, creator.createdBy))
          : inArray(users.id, authors),
      ),
    );
  return rows.map((r) => r.id);
}

/** Desk staff and the story's people: told when a story's schedule changes under them. */
export async function deskAndAuthors(tx: DbOrTx, articleId: string): Promise<string[]> {
  return [...new Set([...(await activeUsersWithRoles(tx, ['desk'])), ...(await storyPeople(tx, articleId))])];
}
