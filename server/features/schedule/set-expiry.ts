import { AppError } from '../../../shared/errors';
import type { SetExpiryInput } from '../../../shared/schedule/when';
import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';
import { announceScheduleChange } from './schedule-article';
import { loadForScheduleEdit, scheduleFieldsResult, updateScheduleFields } from './schedule-fields';
import { assertFuture, chosenInstant, databaseNow } from './schedule-time';

/** Scheduled unpublish: the scheduler takes the story down at `unpublishAt` (null clears it). */
export async function setExpiry({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: SetExpiryInput;
}) {
  const tz = ctx.config.timeZone;
  const unpublishAt = input.unpublishAt === null ? null : chosenInstant(input.unpublishAt, tz, 'unpublishAt');
  const row = await ctx.db.transaction(async (tx) => {
    const current = await loadForScheduleEdit(tx, {
      id: input.id,
      version: input.version,
      allowed: ['approved', 'scheduled', 'schedule_failed', 'published'],
      what: 'An expiry time',
    });
    if (unpublishAt) {
      assertFuture(unpublishAt, await databaseNow(tx), tz, 'unpublishAt', 'The expiry time');
      if (current.status === 'scheduled' && current.publishAt && unpublishAt <= current.publishAt) {
        const message = 'The expiry must come after the scheduled publication time.';
        throw new AppError('BAD_REQUEST', {
          userMessage: message,
          fields: [{ path: 'unpublishAt', message }],
        });
      }
    }
    return updateScheduleFields(tx, {
      current,
      actor: ctx.user,
      set: { unpublishAt },
      audit: 'article.set_expiry',
      before: { unpublishAt: current.unpublishAt },
      after: { unpublishAt },
    });
  });
  announceScheduleChange(ctx, row);
  return scheduleFieldsResult(row);
}
