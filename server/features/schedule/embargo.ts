import { AppError } from '../../../shared/errors';
import type { DbOrTx } from '../../db/client';
import { databaseNow, describeInZone } from './schedule-time';

export function embargoMessage(embargoUntil: Date, timeZone: string): string {
  return `This story is under embargo until ${describeInZone(embargoUntil, timeZone)}: nobody can publish it before then.`;
}

/**
 * Nobody publishes a story before its embargo, by the database's clock. Called
 * by publishArticle (manual publishing) and checked by the scheduler at the due time.
 */
export async function assertNotEmbargoed(
  tx: DbOrTx,
  article: { embargoUntil: Date | null },
  timeZone: string,
): Promise<void> {
  if (!article.embargoUntil) return;
  const now = await databaseNow(tx);
  if (article.embargoUntil.getTime() > now.getTime()) {
    throw new AppError('PRECONDITION_FAILED', {
      userMessage: embargoMessage(article.embargoUntil, timeZone),
      details: { kind: 'embargo', embargoUntil: article.embargoUntil },
    });
  }
}
