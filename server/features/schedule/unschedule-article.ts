import type { UnscheduleInput } from '../../../shared/schedule/when';
import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';
import { applyTransition, loadForTransition, transitionResult } from '../workflow/transition';
import { announceScheduleChange } from './schedule-article';

/**
 * Takes a scheduled (or failed) story off the schedule, back to approved. It locks
 * the row, so against the scheduler it either wins (the story stays approved) or
 * finds the story already published and is refused: never both.
 */
export async function unscheduleArticle({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: UnscheduleInput;
}) {
  const row = await ctx.db.transaction(async (tx) => {
    const { current, to } = await loadForTransition(tx, {
      id: input.id,
      version: input.version,
      action: 'unschedule',
      actor: ctx.user,
    });
    return applyTransition(tx, {
      current,
      to,
      actor: ctx.user,
      audit: 'article.unschedule',
      set: { publishAt: null, scheduleError: null },
      meta: { previousPublishAt: current.publishAt?.toISOString() ?? null },
    });
  });
  announceScheduleChange(ctx, row);
  return transitionResult(row);
}
