import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { ACCOUNT_LINK_PATH, type AccountLinkPurpose } from '../../../shared/auth/schemas';
import { AppError } from '../../../shared/errors';
import type { DbOrTx } from '../../db/client';
import { users, userTokens } from '../../db/schema';
import { hashToken } from './sessions';

/** An invite waits a week for its colleague; a reset link is good for a day. */
export const LINK_LIFETIME_MS: Record<AccountLinkPurpose, number> = {
  invite: 7 * 86_400_000,
  reset: 86_400_000,
};

/**
 * Makes a one-time link for `userId`, replacing any unused one: only the newest
 * link works. The token is returned once; the database keeps its sha256.
 */
export async function issueAccountLink(
  tx: DbOrTx,
  {
    userId,
    purpose,
    createdBy,
    now = new Date(),
  }: {
    userId: string;
    purpose: AccountLinkPurpose;
    createdBy: string;
    now?: Date;
  },
) {
  await tx.delete(userTokens).where(and(eq(userTokens.userId, userId), isNull(userTokens.usedAt)));
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[purpose]);
  await tx.insert(userTokens).values({ tokenHash: hashToken(token), userId, purpose, expiresAt, createdBy });
  return { token, path: `${ACCOUNT_LINK_PATH}#${token}`, expiresAt, purpose };
}

/** The address to send: PUBLIC_ORIGIN when known, else the path for the screen to complete. */
export function accountLinkUrl(path: string, publicOrigin: string | undefined): string {
  return publicOrigin ? `${publicOrigin}${path}` : path;
}

const UNUSABLE: Record<'used' | 'expired' | 'unknown', string> = {
  used: 'This link has already been used. If you have forgotten your password, ask an administrator for a new link.',
  expired: 'This link has expired. Ask an administrator for a new one.',
  unknown: 'This link is not valid (perhaps a newer one was made). Ask an administrator for a new one.',
};

/** The link's user, or a GONE-like refusal that says what to do; `forUpdate` locks the row. */
export async function findUsableAccountLink(
  db: DbOrTx,
  token: string,
  { now = new Date(), forUpdate = false }: { now?: Date; forUpdate?: boolean } = {},
) {
  const query = db
    .select({
      tokenHash: userTokens.tokenHash,
      purpose: userTokens.purpose,
      expiresAt: userTokens.expiresAt,
      usedAt: userTokens.usedAt,
      userId: users.id,
      email: users.email,
      name: users.name,
      active: users.active,
    })
    .from(userTokens)
    .innerJoin(users, eq(users.id, userTokens.userId))
    .where(eq(userTokens.tokenHash, hashToken(token)))
    .limit(1);
  const [row] = forUpdate ? await query.for('update', { of: userTokens }) : await query;
  const problem = !row ? 'unknown' : row.usedAt ? 'used' : row.expiresAt <= now ? 'expired' : null;
  if (problem)
    throw new AppError('PRECONDITION_FAILED', { userMessage: UNUSABLE[problem], details: { problem } });
  if (!row.active) {
    throw new AppError('FORBIDDEN', {
      userMessage: 'This account has been deactivated. Ask an administrator if you need access again.',
    });
  }
  return row;
}
