import { eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import type { DbOrTx } from '../../db/client';
import { articles } from '../../db/schema';

export type ArticleRow = typeof articles.$inferSelect;

export function notFound(): AppError {
  return new AppError('NOT_FOUND', {
    userMessage: 'That story does not exist or has been deleted for good.',
  });
}

/** The story row, locked for the rest of the transaction when `forUpdate`. Deleted stories count as missing unless asked. */
export async function loadArticle(
  db: DbOrTx,
  id: string,
  options: { forUpdate?: boolean; includeDeleted?: boolean } = {},
): Promise<ArticleRow> {
  const query = db.select().from(articles).where(eq(articles.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row || (row.deletedAt && !options.includeDeleted)) throw notFound();
  return row;
}
