import { sql } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import type { DbOrTx, Tx } from '../../db/client';

/** Lists and searches give up after this long rather than hold a connection. */
export const LIST_TIMEOUT_MS = 3000;

function isCancelled(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 5; i++) {
    if (e.code === '57014') return true;
    e = e.cause as typeof e;
  }
  return false;
}

/**
 * Runs read queries in one transaction under `SET LOCAL statement_timeout`, so a
 * pathological search cannot run on; a cancelled query becomes a message saying
 * what to do instead of a 500.
 */
export async function withStatementTimeout<T>(
  db: DbOrTx,
  run: (tx: Tx) => Promise<T>,
  timeoutMs = LIST_TIMEOUT_MS,
): Promise<T> {
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local statement_timeout = ${Math.max(1, Math.floor(timeoutMs))}`));
      return run(tx);
    });
  } catch (error) {
    if (isCancelled(error)) {
      throw new AppError('BAD_REQUEST', {
        message: 'story list query cancelled by statement_timeout',
        userMessage:
          'This search took too long. Add another word or a filter (section, status, dates) and try again.',
        cause: error,
      });
    }
    throw error;
  }
}
