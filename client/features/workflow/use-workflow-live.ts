import { useQueryClient } from '@tanstack/react-query';
import { useLiveEvent } from '../../lib/live';
import { useTRPC } from '../../lib/trpc';

/**
 * Refreshes whatever workflow data a live event touches (the bell mounts it once):
 * notifications, comments, checklist, history and the review queue.
 */
export function useWorkflowLive(): void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useLiveEvent((event) => {
    if (event.type === 'notification.created') {
      void queryClient.invalidateQueries(trpc.workflow.notifications.pathFilter());
    } else if (event.type === 'comments.changed') {
      void queryClient.invalidateQueries(trpc.workflow.comments.list.queryFilter({ id: event.articleId }));
    } else if (event.type === 'article.changed') {
      void queryClient.invalidateQueries(trpc.workflow.checklist.pathFilter());
      void queryClient.invalidateQueries(trpc.workflow.history.queryFilter({ id: event.articleId }));
      void queryClient.invalidateQueries(trpc.workflow.queue.pathFilter());
    }
  });
}
