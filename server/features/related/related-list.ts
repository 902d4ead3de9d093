import { and, asc, eq } from 'drizzle-orm';
import { isEditable } from '../../../shared/articles/transitions';
import { AppError } from '../../../shared/errors';
import type { Tx } from '../../db/client';
import { relatedLinks, storyLinks } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { type ArticleRow, loadArticle } from '../articles/load-article';

/**
 * The story whose list is changed, locked for the transaction: concurrent adds and
 * reorders on one story queue up behind each other, so positions stay dense.
 */
export async function lockStoryForRelated(tx: Tx, articleId: string): Promise<ArticleRow> {
  const story = await loadArticle(tx, articleId, { forUpdate: true });
  if (!isEditable(story.status)) {
    throw new AppError('PRECONDITION_FAILED', {
      userMessage: 'This story is archived. Reopen it as a draft before changing its related stories.',
    });
  }
  return story;
}

export async function currentTargets(tx: Tx, articleId: string): Promise<string[]> {
  const rows = await tx
    .select({ targetId: relatedLinks.targetId })
    .from(relatedLinks)
    .where(eq(relatedLinks.articleId, articleId))
    .orderBy(asc(relatedLinks.position), asc(relatedLinks.targetId));
  return rows.map((r) => r.targetId);
}

/**
 * Writes the list as given, positions 0..n-1, and keeps the link index's 'related'
 * rows (backlinks, broken links, the publish checklist) equal to it.
 */
export async function writeTargets(tx: Tx, articleId: string, targetIds: string[]): Promise<void> {
  await tx.delete(relatedLinks).where(eq(relatedLinks.articleId, articleId));
  await tx.delete(storyLinks).where(and(eq(storyLinks.sourceId, articleId), eq(storyLinks.kind, 'related')));
  if (targetIds.length === 0) return;
  await tx
    .insert(relatedLinks)
    .values(targetIds.map((targetId, position) => ({ articleId, targetId, position })));
  await tx
    .insert(storyLinks)
    .values(targetIds.map((targetId) => ({ sourceId: articleId, targetId, kind: 'related' as const })));
}

/** Other open screens (editor side panels, backlinks) refresh on this; the version is unchanged. */
export function announceRelatedChange(ctx: Context, story: ArticleRow): void {
  ctx.events.publish({
    type: 'article.changed',
    articleId: story.id,
    status: story.status,
    version: story.version,
  });
  // The story's public page shows the list: its cache entry goes now.
  ctx.events.publish({ type: 'outbox.queued' });
}
