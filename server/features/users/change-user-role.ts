import { eq } from 'drizzle-orm';
import type { Role } from '../../../shared/roles';
import { users } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { assertAnotherActiveAdmin, loadUserForChange } from './load-user-for-change';

export async function changeUserRole({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: { userId: string; role: Role };
}) {
  const changed = await ctx.db.transaction(async (tx) => {
    const user = await loadUserForChange(tx, input.userId);
    if (user.role === input.role) return { id: user.id, role: user.role };
    if (user.role === 'admin')
      await assertAnotherActiveAdmin(tx, user.id, 'remove the administrator role here');
    await tx.update(users).set({ role: input.role, updatedAt: new Date() }).where(eq(users.id, user.id));
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'user.change_role',
      entityType: 'user',
      entityId: user.id,
      before: { role: user.role },
      after: { role: input.role },
    });
    return { id: user.id, role: input.role };
  });
  // Open co-editing connections were authorized for the old role: they close at once.
  ctx.events.publish({ type: 'user.role_changed', userId: input.userId });
  return changed;
}
