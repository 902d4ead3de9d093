import { and, eq, inArray } from 'drizzle-orm';
import type { AddCommentInput } from '../../../shared/articles/transitions-schemas';
import { AppError } from '../../../shared/errors';
import { noticeFields } from '../../../shared/notifications/notices';
import { reviewComments, users } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { loadArticle } from '../articles/load-article';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { notifyUsers, publishNotified } from './notify';

const EXCERPT = 140;

/**
 * An editorial comment on a story, optionally anchored to a passage, or a reply in
 * a thread. Staff picked from the @mention list and still named in the text are told.
 * Comments live only in the dashboard API: no public page or feed reads this table.
 */
export async function addComment({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: AddCommentInput;
}) {
  const { comment, notified } = await ctx.db.transaction(async (tx) => {
    const article = await loadArticle(tx, input.articleId);
    let parentId: string | null = null;
    if (input.parentId) {
      const [parent] = await tx
        .select({ id: reviewComments.id, parentId: reviewComments.parentId })
        .from(reviewComments)
        .where(and(eq(reviewComments.id, input.parentId), eq(reviewComments.articleId, article.id)));
      if (!parent) {
        throw new AppError('NOT_FOUND', { userMessage: 'The comment you are replying to has been removed.' });
      }
      // Threads are one level deep: a reply to a reply joins the same thread.
      parentId = parent.parentId ?? parent.id;
    }
    const picked =
      input.mentions.length > 0
        ? await tx
            .select({ id: users.id, name: users.name })
            .from(users)
            .where(and(inArray(users.id, input.mentions), eq(users.active, true)))
        : [];
    const mentioned = picked.filter((u) => input.body.includes(`@${u.name.normalize('NFC')}`));
    const [comment] = await tx
      .insert(reviewComments)
      .values({
        articleId: article.id,
        parentId,
        authorId: ctx.user.id,
        body: input.body,
        anchor: parentId ? null : (input.anchor ?? null),
        mentions: mentioned.map((u) => u.id),
      })
      .returning();
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'article.comment',
      entityType: 'article',
      entityId: article.id,
      meta: { commentId: comment.id, reply: parentId !== null, mentions: mentioned.length },
    });
    const excerpt = input.body.length > EXCERPT ? `${input.body.slice(0, EXCERPT)}…` : input.body;
    const notified = await notifyUsers(tx, {
      userIds: mentioned.map((u) => u.id),
      kind: 'mentioned',
      articleId: article.id,
      actorId: ctx.user.id,
      ...noticeFields({ key: 'mentioned', name: ctx.user.name, headline: article.headline, note: excerpt }),
    });
    return { comment, notified };
  });
  ctx.events.publish({ type: 'comments.changed', articleId: comment.articleId });
  publishNotified(ctx.events, notified);
  return { id: comment.id, parentId: comment.parentId, mentions: comment.mentions };
}
