import { eq } from 'drizzle-orm';
import { users } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import { generateOneTimePassword, hashPassword } from '../auth/password';
import { deleteUserSessions, type SessionUser } from '../auth/sessions';
import { loadUserForChange } from './load-user-for-change';

/** A forgotten password: a new one-time password, shown once; the user's sessions end. */
export async function resetUserPassword({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: { userId: string };
}) {
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  await ctx.db.transaction(async (tx) => {
    const user = await loadUserForChange(tx, input.userId);
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await deleteUserSessions(tx, user.id);
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'user.reset_password',
      entityType: 'user',
      entityId: user.id,
    });
  });
  return { oneTimePassword };
}
