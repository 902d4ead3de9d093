import { AppError } from '../../../shared/errors';
import type { SetEmbargoInput } from '../../../shared/schedule/when';
import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';
import { announceScheduleChange } from './schedule-article';
import { loadForScheduleEdit, scheduleFieldsResult, updateScheduleFields } from './schedule-fields';
import { assertFuture, chosenInstant, databaseNow, describeInZone } from './schedule-time';

/** An embargo: nobody (scheduler included) publishes the story before this time. Null lifts it. */
export async function setEmbargo({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: SetEmbargoInput;
}) {
  const tz = ctx.config.timeZone;
  const embargoUntil =
    input.embargoUntil === null ? null : chosenInstant(input.embargoUntil, tz, 'embargoUntil');
  const row = await ctx.db.transaction(async (tx) => {
    const current = await loadForScheduleEdit(tx, {
      id: input.id,
      version: input.version,
      allowed: ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'schedule_failed'],
      what: 'An embargo',
    });
    if (embargoUntil) {
      assertFuture(embargoUntil, await databaseNow(tx), tz, 'embargoUntil', 'The embargo time');
      if (current.status === 'scheduled' && current.publishAt && current.publishAt < embargoUntil) {
        const message = `The story is scheduled for ${describeInZone(current.publishAt, tz)}, before this embargo. Reschedule it to after the embargo first.`;
        throw new AppError('BAD_REQUEST', {
          userMessage: message,
          fields: [{ path: 'embargoUntil', message }],
        });
      }
    }
    return updateScheduleFields(tx, {
      current,
      actor: ctx.user,
      set: { embargoUntil },
      audit: 'article.set_embargo',
      before: { embargoUntil: current.embargoUntil },
      after: { embargoUntil },
    });
  });
  announceScheduleChange(ctx, row);
  return scheduleFieldsResult(row);
}
