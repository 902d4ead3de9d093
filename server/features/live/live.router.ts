import { type BartaEvent, INTERNAL_EVENTS } from '../../events/bus';
import { authedProcedure, router } from '../../trpc/init';

/** Events a signed-in user may see: story changes, locks, and their own notifications. */
function visibleTo(userId: string, event: BartaEvent): boolean {
  if (INTERNAL_EVENTS.has(event.type)) return false;
  if (event.type === 'notification.created') return event.userId === userId;
  if (event.type === 'user.deactivated' || event.type === 'user.role_changed') return event.userId === userId;
  return true;
}

export const liveRouter = router({
  /**
   * Live dashboard events over SSE. The dashboard holds one stream per browser: one
   * tab keeps it and relays to the others (client/lib/live-hub.ts).
   */
  events: authedProcedure.subscription(async function* ({ ctx, signal }) {
    for await (const event of ctx.events.stream(signal)) {
      if (visibleTo(ctx.user.id, event)) yield event;
    }
  }),
});
