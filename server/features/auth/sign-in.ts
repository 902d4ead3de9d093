import { eq } from 'drizzle-orm';
import type { SignInInput } from '../../../shared/auth/schemas';
import { AppError } from '../../../shared/errors';
import { users } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import { clearFailures, LOCK_MINUTES, lockedMinutesLeft, recordFailure } from './lockout';
import { verifyAgainstDummy, verifyPassword } from './password';
import { createSession, SESSION_COOKIE, type SessionUser } from './sessions';

// One message for unknown email and wrong password: sign-in must not reveal who has an account.
export const WRONG_CREDENTIALS = 'Email or password is not correct.';

export async function signIn({ ctx, input }: { ctx: Context; input: SignInInput }): Promise<SessionUser> {
  const minutes = await lockedMinutesLeft(ctx.db, input.email, ctx.ip);
  if (minutes > 0) {
    throw new AppError('TOO_MANY_REQUESTS', {
      userMessage: `Too many failed sign-in attempts for this account from your address. Sign-in is locked for ${minutes} more minute${minutes === 1 ? '' : 's'} (locks last ${LOCK_MINUTES} minutes).`,
    });
  }
  const [user] = await ctx.db.select().from(users).where(eq(users.email, input.email)).limit(1);
  const ok = user
    ? await verifyPassword(input.password, user.passwordHash)
    : await verifyAgainstDummy(input.password);
  if (!user || !ok) {
    await recordFailure(ctx.db, input.email, ctx.ip);
    throw new AppError('UNAUTHORIZED', { userMessage: WRONG_CREDENTIALS });
  }
  if (!user.active) {
    throw new AppError('FORBIDDEN', {
      userMessage: 'This account has been deactivated. Ask an administrator if you need access again.',
    });
  }
  const session = await ctx.db.transaction(async (tx) => {
    await clearFailures(tx, input.email, ctx.ip);
    const created = await createSession(tx, {
      userId: user.id,
      days: ctx.config.sessionDays,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    await writeAudit(tx, {
      actorId: user.id,
      action: 'user.sign_in',
      entityType: 'user',
      entityId: user.id,
      meta: { ip: ctx.ip },
    });
    return created;
  });
  ctx.cookies.set(SESSION_COOKIE, session.token, { maxAgeSeconds: ctx.config.sessionDays * 86_400 });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    mustChangePassword: user.mustChangePassword,
    language: user.language,
  };
}
