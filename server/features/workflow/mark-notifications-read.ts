import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { notifications } from '../../db/schema';
import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';

/**
 * Marks the user's own notifications read: the ones named, or all. Reading one's
 * bell is not an audited action (it changes nothing anyone else sees).
 */
export async function markNotificationsRead({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: { ids?: string[] };
}) {
  const where = and(
    eq(notifications.userId, ctx.user.id),
    isNull(notifications.readAt),
    input.ids ? inArray(notifications.id, input.ids) : undefined,
  );
  const rows = await ctx.db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(where)
    .returning({ id: notifications.id });
  // The same event refreshes the unread count in the user's other tabs.
  if (rows.length > 0) ctx.events.publish({ type: 'notification.created', userId: ctx.user.id });
  return { marked: rows.length };
}
