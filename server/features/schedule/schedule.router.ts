import { z } from 'zod';
import {
  ZCalendarInput,
  ZScheduleInput,
  ZScheduleUpdateInput,
  ZSetEmbargoInput,
  ZSetExpiryInput,
  ZUnscheduleInput,
} from '../../../shared/schedule/when';
import { roleProcedure, router } from '../../trpc/init';
import { rescheduleArticle } from './reschedule-article';
import { listCalendar, listReadyToSchedule, listUpcoming } from './schedule.queries';
import { scheduleArticle } from './schedule-article';
import { scheduleUpdate, unscheduleUpdate } from './schedule-update';
import { setEmbargo } from './set-embargo';
import { setExpiry } from './set-expiry';
import { unscheduleArticle } from './unschedule-article';

export const scheduleRouter = router({
  schedule: roleProcedure('articles.schedule')
    .input(ZScheduleInput)
    .mutation(({ ctx, input }) => scheduleArticle({ ctx, input })),
  reschedule: roleProcedure('articles.schedule')
    .input(ZScheduleInput)
    .mutation(({ ctx, input }) => rescheduleArticle({ ctx, input })),
  unschedule: roleProcedure('articles.schedule')
    .input(ZUnscheduleInput)
    .mutation(({ ctx, input }) => unscheduleArticle({ ctx, input })),
  /** A live story's approved pending update, published by the scheduler at its time. */
  scheduleUpdate: roleProcedure('articles.schedule')
    .input(ZScheduleUpdateInput)
    .mutation(({ ctx, input }) => scheduleUpdate({ ctx, input })),
  unscheduleUpdate: roleProcedure('articles.schedule')
    .input(ZUnscheduleInput)
    .mutation(({ ctx, input }) => unscheduleUpdate({ ctx, input })),
  setExpiry: roleProcedure('articles.schedule')
    .input(ZSetExpiryInput)
    .mutation(({ ctx, input }) => setExpiry({ ctx, input })),
  setEmbargo: roleProcedure('articles.schedule')
    .input(ZSetEmbargoInput)
    .mutation(({ ctx, input }) => setEmbargo({ ctx, input })),

  calendar: roleProcedure('articles.read')
    .input(ZCalendarInput)
    .query(({ ctx, input }) => listCalendar(ctx.db, input)),
  upcoming: roleProcedure('articles.read')
    .input(z.object({ limit: z.number().int().min(1).max(100).default(30) }).default({ limit: 30 }))
    .query(({ ctx, input }) => listUpcoming(ctx.db, input.limit)),
  readyToSchedule: roleProcedure('articles.read').query(({ ctx }) => listReadyToSchedule(ctx.db)),
});
