import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import { issueAccountLink } from '../auth/account-links';
import type { SessionUser } from '../auth/sessions';
import { deliverAccountLink } from './deliver-account-link';
import { loadUserForChange } from './load-user-for-change';

/**
 * A forgotten password, or an invite whose link expired: a new one-time link.
 * The current password keeps working until the link is used; then every session ends.
 */
export async function resetUserPassword({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: { userId: string };
}) {
  const { user, link } = await ctx.db.transaction(async (tx) => {
    const user = await loadUserForChange(tx, input.userId);
    // Someone who never chose a password gets a fresh invite (a week), not a reset (a day).
    const purpose = user.mustChangePassword ? 'invite' : 'reset';
    const link = await issueAccountLink(tx, { userId: user.id, purpose, createdBy: ctx.user.id });
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: purpose === 'invite' ? 'user.reinvite' : 'user.reset_password',
      entityType: 'user',
      entityId: user.id,
      meta: { expiresAt: link.expiresAt.toISOString() },
    });
    return { user, link };
  });
  return { link: await deliverAccountLink(ctx, link, user) };
}
