import type { TransitionInput } from '../../../shared/articles/transitions-schemas';
import { noticeFields } from '../../../shared/notifications/notices';
import type { Context } from '../../trpc/context';
import { NO_PENDING } from '../articles/edit-content';
import { writeStory } from '../articles/write-story';
import type { SessionUser } from '../auth/sessions';
import { storyPeople } from './notify';
import { announceTransition, loadForTransition, transitionResult } from './transition';

type Ctx = Context & { user: SessionUser };

/** A reviewer approves a live story's pending update: an editor may now publish it, the desk schedule it. */
export async function approveUpdate({ ctx, input }: { ctx: Ctx; input: TransitionInput }) {
  const row = await ctx.db.transaction(async (tx) => {
    const { current } = await loadForTransition(tx, { ...input, action: 'approve_update', actor: ctx.user });
    const people = (await storyPeople(tx, current.id)).filter((id) => id !== ctx.user.id);
    const pendingBy = current.pendingBy && current.pendingBy !== ctx.user.id ? [current.pendingBy] : [];
    return writeStory(tx, ctx.user, {
      before: current,
      set: { pendingReviewed: true },
      audit: { action: 'article.approve_update' },
      outbox: (written) => [
        {
          kind: 'notify',
          payload: {
            userIds: [...new Set([...people, ...pendingBy])],
            kind: 'approved',
            articleId: written.id,
            ...noticeFields({ key: 'updateApproved', name: ctx.user.name, headline: written.headline }),
          },
        },
      ],
    });
  });
  announceTransition(ctx, row, [], { outbox: true });
  return transitionResult(row);
}

/**
 * Drops a live story's pending update: readers never saw it, and its text stays
 * in the revisions (every save of it recorded one), so it can be restored.
 */
export async function discardUpdate({ ctx, input }: { ctx: Ctx; input: TransitionInput }) {
  const row = await ctx.db.transaction(async (tx) => {
    const { current } = await loadForTransition(tx, { ...input, action: 'discard_update', actor: ctx.user });
    return writeStory(tx, ctx.user, {
      before: current,
      set: NO_PENDING,
      audit: {
        action: 'article.discard_update',
        meta: { pendingBy: current.pendingBy, wasScheduled: current.pendingPublishAt !== null || undefined },
      },
      outbox: () =>
        current.pendingPublishAt ? [{ kind: 'event', payload: { type: 'schedule.changed' } }] : [],
    });
  });
  announceTransition(ctx, row, [], { outbox: true });
  return transitionResult(row);
}
