import { useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useTRPC } from '../../lib/trpc';

/**
 * One live stream for every workflow panel in the tab (browsers allow only a few
 * open connections per host): the bell mounts it, and it refreshes whatever
 * workflow data the event touches.
 */
export function useWorkflowLive(): void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useSubscription(
    trpc.live.events.subscriptionOptions(undefined, {
      onData: (event) => {
        if (event.type === 'notification.created') {
          void queryClient.invalidateQueries(trpc.workflow.notifications.pathFilter());
        } else if (event.type === 'comments.changed') {
          void queryClient.invalidateQueries(
            trpc.workflow.comments.list.queryFilter({ id: event.articleId }),
          );
        } else if (event.type === 'article.changed') {
          void queryClient.invalidateQueries(trpc.workflow.checklist.pathFilter());
          void queryClient.invalidateQueries(trpc.workflow.history.queryFilter({ id: event.articleId }));
          void queryClient.invalidateQueries(trpc.workflow.queue.pathFilter());
        }
      },
    }),
  );
}
