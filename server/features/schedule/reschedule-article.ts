import type { ScheduleInput } from '../../../shared/schedule/when';
import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';
import { scheduleTo } from './schedule-article';

/** Moves a scheduled story to another future time (the calendar's drag and its undo). */
export function rescheduleArticle({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: ScheduleInput;
}) {
  return scheduleTo(ctx, input, 'reschedule');
}
