import { and, eq, ne, sql } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import type { Tx } from '../../db/client';
import { users } from '../../db/schema';

/** Locks the user row for the change, or says it does not exist. */
export async function loadUserForChange(tx: Tx, userId: string) {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  if (!user) throw new AppError('NOT_FOUND', { userMessage: 'That user no longer exists.' });
  return user;
}

/** The newsroom must always keep one active administrator. */
export async function assertAnotherActiveAdmin(tx: Tx, exceptUserId: string, what: string) {
  const [{ n }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, exceptUserId)));
  if (n === 0) {
    throw new AppError('PRECONDITION_FAILED', {
      userMessage: `You cannot ${what}: Barta needs at least one active administrator. Make someone else an administrator first.`,
    });
  }
}
