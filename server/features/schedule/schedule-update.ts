import type { TransitionInput } from '../../../shared/articles/transitions-schemas';
import type { ScheduleUpdateInput } from '../../../shared/schedule/when';
import type { Context } from '../../trpc/context';
import { writeStory } from '../articles/write-story';
import type { SessionUser } from '../auth/sessions';
import { loadForTransition, transitionResult } from '../workflow/transition';
import { announceScheduleChange } from './schedule-article';
import { assertFuture, chosenInstant, databaseNow } from './schedule-time';

type Ctx = Context & { user: SessionUser };

/**
 * Schedules a live story's approved pending update: the scheduler publishes it at
 * `publishAt`, exactly once, through the same pipeline as "Publish update". An
 * unreviewed edit made meanwhile takes it off the schedule again.
 */
export async function scheduleUpdate({ ctx, input }: { ctx: Ctx; input: ScheduleUpdateInput }) {
  const tz = ctx.config.timeZone;
  const publishAt = chosenInstant(input.publishAt, tz, 'publishAt');
  const row = await ctx.db.transaction(async (tx) => {
    const { current } = await loadForTransition(tx, { ...input, action: 'schedule_update', actor: ctx.user });
    assertFuture(publishAt, await databaseNow(tx), tz, 'publishAt', 'The time');
    return writeStory(tx, ctx.user, {
      before: current,
      set: { pendingPublishAt: publishAt, pendingNote: input.note, pendingCorrection: input.correction },
      audit: {
        action: 'article.schedule_update',
        after: { publishAt: publishAt.toISOString() },
        meta: {
          previousPublishAt: current.pendingPublishAt?.toISOString() ?? null,
          correction: input.correction,
        },
      },
    });
  });
  announceScheduleChange(ctx, row);
  return { ...transitionResult(row), pendingPublishAt: row.pendingPublishAt };
}

export async function unscheduleUpdate({ ctx, input }: { ctx: Ctx; input: TransitionInput }) {
  const row = await ctx.db.transaction(async (tx) => {
    const { current } = await loadForTransition(tx, {
      ...input,
      action: 'unschedule_update',
      actor: ctx.user,
    });
    return writeStory(tx, ctx.user, {
      before: current,
      set: { pendingPublishAt: null },
      audit: {
        action: 'article.unschedule_update',
        before: { publishAt: current.pendingPublishAt?.toISOString() ?? null },
      },
    });
  });
  announceScheduleChange(ctx, row);
  return transitionResult(row);
}
