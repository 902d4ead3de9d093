import { eq, sql } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import { reviewComments } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';

/** Resolves a comment thread (done with) or reopens it. Replies follow their thread. */
export async function setCommentResolved({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: { id: string; resolved: boolean };
}) {
  const row = await ctx.db.transaction(async (tx) => {
    const [comment] = await tx
      .select({
        id: reviewComments.id,
        articleId: reviewComments.articleId,
        parentId: reviewComments.parentId,
      })
      .from(reviewComments)
      .where(eq(reviewComments.id, input.id))
      .for('update');
    if (!comment) throw new AppError('NOT_FOUND', { userMessage: 'That comment has been removed.' });
    const threadId = comment.parentId ?? comment.id;
    const [updated] = await tx
      .update(reviewComments)
      .set(
        input.resolved
          ? { resolvedAt: sql`now()`, resolvedBy: ctx.user.id }
          : { resolvedAt: null, resolvedBy: null },
      )
      .where(eq(reviewComments.id, threadId))
      .returning();
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: input.resolved ? 'article.comment_resolve' : 'article.comment_reopen',
      entityType: 'article',
      entityId: comment.articleId,
      meta: { commentId: threadId },
    });
    return updated;
  });
  ctx.events.publish({ type: 'comments.changed', articleId: row.articleId });
  return { id: row.id, resolvedAt: row.resolvedAt };
}
