import { eq } from 'drizzle-orm';
import type { Language } from '../../../shared/i18n/languages';
import { users, userTokens } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import { findUsableAccountLink } from './account-links';
import { hashPassword } from './password';
import { createSession, deleteUserSessions, SESSION_COOKIE, type SessionUser } from './sessions';

/** What the set-password page shows before the colleague types: whose account, until when. */
export async function describeAccountLink(ctx: Context, token: string) {
  const link = await findUsableAccountLink(ctx.db, token);
  return { purpose: link.purpose, name: link.name, email: link.email, expiresAt: link.expiresAt };
}

/**
 * Sets the password from an invite or reset link, once: the link is spent, every
 * other session of the account ends, and this browser is signed in.
 */
export async function setPasswordWithLink({
  ctx,
  input,
}: {
  ctx: Context;
  input: { token: string; password: string; language?: Language };
}): Promise<SessionUser> {
  const passwordHash = await hashPassword(input.password);
  const { user, session } = await ctx.db.transaction(async (tx) => {
    const link = await findUsableAccountLink(tx, input.token, { forUpdate: true });
    await tx.update(userTokens).set({ usedAt: new Date() }).where(eq(userTokens.tokenHash, link.tokenHash));
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        updatedAt: new Date(),
        ...(input.language ? { language: input.language } : {}),
      })
      .where(eq(users.id, link.userId))
      .returning({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        language: users.language,
      });
    await deleteUserSessions(tx, user.id);
    const session = await createSession(tx, {
      userId: user.id,
      days: ctx.config.sessionDays,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: link.purpose === 'invite' ? 'user.accept_invite' : 'user.reset_password_done',
      entityType: 'user',
      entityId: user.id,
      meta: { ip: ctx.ip },
    });
    return { user, session };
  });
  ctx.cookies.set(SESSION_COOKIE, session.token, { maxAgeSeconds: ctx.config.sessionDays * 86_400 });
  return { ...user, mustChangePassword: false };
}
