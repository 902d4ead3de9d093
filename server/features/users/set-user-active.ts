import { eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import { users } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import { deleteUserSessions, type SessionUser } from '../auth/sessions';
import { assertAnotherActiveAdmin, loadUserForChange } from './load-user-for-change';

/** Deactivating revokes every session of the user at once; reactivating lets them sign in again. */
export async function setUserActive({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: { userId: string; active: boolean };
}) {
  if (!input.active && input.userId === ctx.user.id) {
    throw new AppError('PRECONDITION_FAILED', { userMessage: 'You cannot deactivate your own account.' });
  }
  const result = await ctx.db.transaction(async (tx) => {
    const user = await loadUserForChange(tx, input.userId);
    if (user.active === input.active) return { id: user.id, active: user.active, revokedSessions: 0 };
    if (!input.active && user.role === 'admin')
      await assertAnotherActiveAdmin(tx, user.id, 'deactivate this administrator');
    await tx.update(users).set({ active: input.active, updatedAt: new Date() }).where(eq(users.id, user.id));
    const revokedSessions = input.active ? 0 : await deleteUserSessions(tx, user.id);
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: input.active ? 'user.reactivate' : 'user.deactivate',
      entityType: 'user',
      entityId: user.id,
      before: { active: user.active },
      after: { active: input.active },
      meta: input.active ? undefined : { revokedSessions },
    });
    return { id: user.id, active: input.active, revokedSessions };
  });
  if (!input.active) ctx.events.publish({ type: 'user.deactivated', userId: input.userId });
  return result;
}
