import { eq, getTableColumns } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import type { DbOrTx } from '../../db/client';
import { articles } from '../../db/schema';

/**
 * A story row as the verbs use it: every column but the search vectors, which only
 * the database reads. A 5,000-word story's vector is tens of kilobytes of text that
 * each load, save and publication would otherwise fetch and throw away.
 */
const {
  searchVector: _searchVector,
  searchBigrams: _searchBigrams,
  headlineVector: _headlineVector,
  ...storyColumns
} = getTableColumns(articles);
export const articleColumns = storyColumns;
export type ArticleRow = Omit<
  typeof articles.$inferSelect,
  'searchVector' | 'searchBigrams' | 'headlineVector'
>;

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
  const query = db.select(articleColumns).from(articles).where(eq(articles.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row || (row.deletedAt && !options.includeDeleted)) throw notFound();
  return row;
}
