import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Language } from '../../../shared/i18n/languages';
import type { Role } from '../../../shared/roles';
import type { DbOrTx } from '../../db/client';
import { sessions, users } from '../../db/schema';

export const SESSION_COOKIE = 'barta_session';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  mustChangePassword: boolean;
  language: Language;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Creates a session row and returns the cookie token (only its hash is stored). */
export async function createSession(
  tx: DbOrTx,
  params: { userId: string; days: number; ip: string; userAgent: string },
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const id = hashToken(token);
  const expiresAt = new Date(Date.now() + params.days * 86_400_000);
  await tx.insert(sessions).values({
    id,
    userId: params.userId,
    expiresAt,
    ip: params.ip,
    userAgent: params.userAgent.slice(0, 300),
  });
  return { token, id, expiresAt };
}

/**
 * The user behind a cookie token, or null for a missing, tampered, expired or
 * revoked session or a deactivated user. Extends the session while it is used.
 */
export async function findSessionUser(
  db: DbOrTx,
  token: string | undefined,
  days: number,
): Promise<{ user: SessionUser; sessionId: string } | null> {
  if (!token || token.length > 100) return null;
  const id = hashToken(token);
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      mustChangePassword: users.mustChangePassword,
      language: users.language,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, sql`now()`), eq(users.active, true)))
    .limit(1);
  if (!row) return null;
  // Sliding expiry, written at most once a minute so reads stay reads.
  if (Date.now() - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now()`, expiresAt: new Date(Date.now() + days * 86_400_000) })
      .where(eq(sessions.id, id));
  }
  const { lastSeenAt: _seen, ...user } = row;
  return { user, sessionId: id };
}

export async function deleteSession(db: DbOrTx, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteUserSessions(db: DbOrTx, userId: string): Promise<number> {
  const deleted = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return deleted.length;
}
