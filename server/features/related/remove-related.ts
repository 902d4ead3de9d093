import type { RelatedTargetInput } from '../../../shared/related/schemas';
import { TAGS } from '../../site/cache-tags';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { enqueuePageInvalidation } from '../outbox/enqueue';
import { listRelated } from './related.queries';
import { announceRelatedChange, currentTargets, lockStoryForRelated, writeTargets } from './related-list';

/** Takes a story out of the related list; the rest close up (positions stay 0..n-1). */
export async function removeRelated({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: RelatedTargetInput;
}) {
  const { story, list, changed } = await ctx.db.transaction(async (tx) => {
    const story = await lockStoryForRelated(tx, input.id);
    const before = await currentTargets(tx, story.id);
    const position = before.indexOf(input.targetId);
    // Already gone (a double click, or someone else removed it): the list is as asked.
    if (position === -1) return { story, list: await listRelated(tx, story.id), changed: false };
    await writeTargets(
      tx,
      story.id,
      before.filter((id) => id !== input.targetId),
    );
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'article.related_remove',
      entityType: 'article',
      entityId: story.id,
      before: { targetId: input.targetId, position },
    });
    await enqueuePageInvalidation(tx, 'related', [TAGS.story(story.id)]);
    return { story, list: await listRelated(tx, story.id), changed: true };
  });
  if (changed) announceRelatedChange(ctx, story);
  return list;
}
