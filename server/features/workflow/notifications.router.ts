import { z } from 'zod';
import { dateTimeField } from '../../../shared/text';
import { authedProcedure, router } from '../../trpc/init';
import { markNotificationsRead } from './mark-notifications-read';
import { countUnread, listNotifications } from './workflow.queries';

/** The signed-in user's own bell: every role has one, and sees only its own. */
export const notificationsRouter = router({
  list: authedProcedure
    .input(z.object({ before: dateTimeField('Before').optional() }).default({}))
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.user.id, input)),
  unreadCount: authedProcedure.query(({ ctx }) => countUnread(ctx.db, ctx.user.id)),
  markRead: authedProcedure
    .input(z.object({ ids: z.array(z.uuid()).min(1).max(200).optional() }).default({}))
    .mutation(({ ctx, input }) => markNotificationsRead({ ctx, input })),
});
