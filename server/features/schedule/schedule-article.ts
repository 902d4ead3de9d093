import { checklistFailures } from '../../../shared/articles/checklist';
import type { ArticleAction } from '../../../shared/articles/transitions';
import { AppError } from '../../../shared/errors';
import type { ScheduleInput } from '../../../shared/schedule/when';
import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';
import { runChecklist } from '../workflow/checklist';
import { applyTransition, loadForTransition, transitionResult } from '../workflow/transition';
import { embargoMessage } from './embargo';
import { assertFuture, chosenInstant, databaseNow } from './schedule-time';

type ScheduleCtx = Context & { user: SessionUser };

/** Tells this instance's scheduler (and, through the relay, every other) to re-arm its timer. */
export function announceScheduleChange(ctx: Context, row: { id: string; status: string; version: number }) {
  ctx.events.publish({
    type: 'article.changed',
    articleId: row.id,
    status: row.status,
    version: row.version,
  });
  ctx.events.publish({ type: 'schedule.changed' });
}

/**
 * Schedules (or reschedules) a story for a time in the future. The checklist runs
 * now for the chosen time, so links to stories going out later are caught here and
 * not at the due time; it runs again when the story is due.
 */
export async function scheduleTo(
  ctx: ScheduleCtx,
  input: ScheduleInput,
  action: Extract<ArticleAction, 'schedule' | 'reschedule'>,
) {
  const tz = ctx.config.timeZone;
  const publishAt = chosenInstant(input.publishAt, tz, 'publishAt');
  const row = await ctx.db.transaction(async (tx) => {
    const { current, to } = await loadForTransition(tx, {
      id: input.id,
      version: input.version,
      action,
      actor: ctx.user,
    });
    assertFuture(publishAt, await databaseNow(tx), tz, 'publishAt', 'The time');
    if (current.embargoUntil && publishAt.getTime() < current.embargoUntil.getTime()) {
      const message = `${embargoMessage(current.embargoUntil, tz)} Choose a time after the embargo.`;
      throw new AppError('BAD_REQUEST', { userMessage: message, fields: [{ path: 'publishAt', message }] });
    }
    if (current.unpublishAt && publishAt.getTime() >= current.unpublishAt.getTime()) {
      throw new AppError('BAD_REQUEST', {
        userMessage:
          'The story would expire before it goes out: choose an earlier time or change the expiry.',
        fields: [{ path: 'publishAt', message: 'After the expiry time.' }],
      });
    }
    const checklist = await runChecklist(tx, current.id, { article: current, publishAt });
    if (!checklist.ok) {
      const failures = checklistFailures(checklist);
      throw new AppError('PRECONDITION_FAILED', {
        userMessage: `The story cannot be scheduled yet. Fix ${failures.length === 1 ? 'this' : `these ${failures.length} things`} first: ${failures.join(' ')}`,
        details: { kind: 'checklist', items: checklist.items },
      });
    }
    return applyTransition(tx, {
      current,
      to,
      actor: ctx.user,
      audit: action === 'schedule' ? 'article.schedule' : 'article.reschedule',
      set: { publishAt, scheduleError: null },
      meta: {
        publishAt: publishAt.toISOString(),
        previousPublishAt: current.publishAt?.toISOString() ?? null,
      },
    });
  });
  announceScheduleChange(ctx, row);
  return { ...transitionResult(row), publishAt: row.publishAt };
}

export function scheduleArticle({ ctx, input }: { ctx: ScheduleCtx; input: ScheduleInput }) {
  return scheduleTo(ctx, input, 'schedule');
}
