import { eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import { RELATED_MAX, type RelatedTargetInput } from '../../../shared/related/schemas';
import { articles } from '../../db/schema';
import { TAGS } from '../../site/cache-tags';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { enqueuePageInvalidation } from '../outbox/enqueue';
import { listRelated } from './related.queries';
import { announceRelatedChange, currentTargets, lockStoryForRelated, writeTargets } from './related-list';

/** Adds a story at the end of the related list. */
export async function addRelated({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: RelatedTargetInput;
}) {
  if (input.id === input.targetId) {
    throw new AppError('BAD_REQUEST', {
      userMessage: 'A story cannot be related to itself: choose another story.',
    });
  }
  const { story, list } = await ctx.db.transaction(async (tx) => {
    const story = await lockStoryForRelated(tx, input.id);
    const [target] = await tx
      .select({ id: articles.id, headline: articles.headline, deletedAt: articles.deletedAt })
      .from(articles)
      .where(eq(articles.id, input.targetId));
    if (!target || target.deletedAt) {
      throw new AppError('NOT_FOUND', {
        userMessage: 'The story you chose no longer exists or is in the bin: choose another.',
      });
    }
    const targets = await currentTargets(tx, story.id);
    if (targets.includes(target.id)) {
      throw new AppError('CONFLICT', { userMessage: `“${target.headline}” is already in the related list.` });
    }
    if (targets.length >= RELATED_MAX) {
      throw new AppError('PRECONDITION_FAILED', {
        userMessage: `A story can have at most ${RELATED_MAX} related stories. Remove one before adding another.`,
      });
    }
    await writeTargets(tx, story.id, [...targets, target.id]);
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'article.related_add',
      entityType: 'article',
      entityId: story.id,
      after: { targetId: target.id, position: targets.length },
      meta: { headline: target.headline },
    });
    await enqueuePageInvalidation(tx, 'related', [TAGS.story(story.id)]);
    return { story, list: await listRelated(tx, story.id) };
  });
  announceRelatedChange(ctx, story);
  return list;
}
