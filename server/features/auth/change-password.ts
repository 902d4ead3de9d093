import { and, eq, ne } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import { sessions, users } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import { hashPassword, verifyPassword } from './password';
import type { SessionUser } from './sessions';

export async function changePassword({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: { currentPassword: string; newPassword: string };
}): Promise<void> {
  const [row] = await ctx.db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, ctx.user.id));
  if (!row || !(await verifyPassword(input.currentPassword, row.passwordHash))) {
    throw new AppError('BAD_REQUEST', {
      userMessage: 'Your current password is not correct.',
      fields: [{ path: 'currentPassword', message: 'Not correct.' }],
    });
  }
  if (input.currentPassword === input.newPassword) {
    throw new AppError('BAD_REQUEST', {
      userMessage: 'Choose a new password that differs from the current one.',
      fields: [{ path: 'newPassword', message: 'Same as the current password.' }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, updatedAt: new Date() })
      .where(eq(users.id, ctx.user.id));
    // Other devices signed in with the old password are signed out.
    if (ctx.sessionId) {
      await tx.delete(sessions).where(and(eq(sessions.userId, ctx.user.id), ne(sessions.id, ctx.sessionId)));
    }
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'user.change_password',
      entityType: 'user',
      entityId: ctx.user.id,
    });
  });
}
