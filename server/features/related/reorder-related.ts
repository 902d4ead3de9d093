import { AppError } from '../../../shared/errors';
import type { ReorderRelatedInput } from '../../../shared/related/schemas';
import { TAGS } from '../../site/cache-tags';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { enqueuePageInvalidation } from '../outbox/enqueue';
import { listRelated } from './related.queries';
import { announceRelatedChange, currentTargets, lockStoryForRelated, writeTargets } from './related-list';

/**
 * Puts the related list in the order given. The order must name exactly the stories
 * in the list now: if someone added or removed one meanwhile, the reorder is refused
 * rather than silently dropping or reviving a story.
 */
export async function reorderRelated({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: ReorderRelatedInput;
}) {
  const { story, list } = await ctx.db.transaction(async (tx) => {
    const story = await lockStoryForRelated(tx, input.id);
    const before = await currentTargets(tx, story.id);
    const asked = new Set(input.targetIds);
    const same =
      asked.size === input.targetIds.length &&
      asked.size === before.length &&
      before.every((id) => asked.has(id));
    if (!same) {
      throw new AppError('CONFLICT', {
        userMessage:
          'The related list changed while you were reordering it. It has been reloaded: try again.',
      });
    }
    if (before.some((id, i) => id !== input.targetIds[i])) {
      await writeTargets(tx, story.id, input.targetIds);
      await writeAudit(tx, {
        actorId: ctx.user.id,
        action: 'article.related_reorder',
        entityType: 'article',
        entityId: story.id,
        before: { targetIds: before },
        after: { targetIds: input.targetIds },
      });
      await enqueuePageInvalidation(tx, 'related', [TAGS.story(story.id)]);
    }
    return { story, list: await listRelated(tx, story.id) };
  });
  announceRelatedChange(ctx, story);
  return list;
}
