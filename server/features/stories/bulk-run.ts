import { inArray } from 'drizzle-orm';
import { isAppError } from '../../../shared/errors';
import type { BulkRowResult } from '../../../shared/stories/schemas';
import { articles } from '../../db/schema';
import type { Context } from '../../trpc/context';

/** A per-row outcome a verb reports without throwing: the row was left as it was, and why. */
export class RowSkipped extends Error {}

export interface BulkItem {
  id: string;
  /** The version the user saw in the list: a story changed since is skipped, not overwritten. */
  version: number;
}

/**
 * Runs `apply` for each selected story; each call is its own transaction, so one
 * refused row never undoes the others. Reports what happened to each row, by headline.
 */
export async function runBulk(
  ctx: Context,
  items: BulkItem[],
  apply: (item: BulkItem) => Promise<string>,
): Promise<BulkRowResult[]> {
  const unique = [...new Map(items.map((item) => [item.id, item])).values()];
  const heads = await ctx.db
    .select({ id: articles.id, headline: articles.headline })
    .from(articles)
    .where(
      inArray(
        articles.id,
        unique.map((i) => i.id),
      ),
    );
  const headlines = new Map(heads.map((h) => [h.id, h.headline || '(untitled)']));
  const results: BulkRowResult[] = [];
  for (const item of unique) {
    const headline = headlines.get(item.id) ?? '(deleted story)';
    try {
      const message = await apply(item);
      results.push({ id: item.id, headline, outcome: 'done', message });
    } catch (error) {
      if (error instanceof RowSkipped || isAppError(error)) {
        const message = isAppError(error) ? error.userMessage : error.message;
        results.push({ id: item.id, headline, outcome: 'skipped', message });
      } else {
        ctx.log.error({ err: error, articleId: item.id }, 'bulk action failed on a row');
        results.push({
          id: item.id,
          headline,
          outcome: 'failed',
          message: 'Failed on the server; try this story again.',
        });
      }
    }
  }
  return results;
}
