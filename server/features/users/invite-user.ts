import type { InviteUserInput } from '../../../shared/auth/schemas';
import { AppError } from '../../../shared/errors';
import { users } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import { issueAccountLink } from '../auth/account-links';
import { generateOneTimePassword, hashPassword } from '../auth/password';
import type { SessionUser } from '../auth/sessions';
import { deliverAccountLink } from './deliver-account-link';

/**
 * Creates an account and a one-time link where the colleague chooses a password.
 * Until then the account has a random password nobody knows, so it cannot sign in.
 */
export async function inviteUser({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: InviteUserInput;
}) {
  const passwordHash = await hashPassword(generateOneTimePassword());
  const { user, link } = await ctx.db.transaction(async (tx) => {
    // Two invites of one address at once (two administrators, a double click): the
    // database decides which one is first, and the other hears that the account exists.
    const [created] = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash,
        mustChangePassword: true,
      })
      .onConflictDoNothing({ target: users.email })
      .returning({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        language: users.language,
      });
    if (!created) {
      throw new AppError('CONFLICT', {
        userMessage: `An account for ${input.email} already exists.`,
        fields: [{ path: 'email', message: 'Already has an account.' }],
      });
    }
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'user.invite',
      entityType: 'user',
      entityId: created.id,
      after: { email: created.email, name: created.name, role: created.role },
    });
    const link = await issueAccountLink(tx, {
      userId: created.id,
      purpose: 'invite',
      createdBy: ctx.user.id,
    });
    return { user: created, link };
  });
  const { language, ...shown } = user;
  return { user: shown, link: await deliverAccountLink(ctx, link, { ...shown, language }) };
}
