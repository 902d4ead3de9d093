import { useQueryClient } from '@tanstack/react-query';
import type { ArticleStatus } from '../../../shared/articles/status';
import { useLiveEvent } from '../../lib/live';
import { useTRPC } from '../../lib/trpc';
import type { StoryStateChange } from './WorkflowTab';

/**
 * An open story follows what others do to it: when someone else approves, sends back,
 * schedules or publishes, the status, the actions offered and the revisions change here
 * at once, without a reload. `current` is what this editor knows; an event for a version
 * it already has (its own saves and actions) changes nothing.
 */
export function useStoryStateLive(
  articleId: string,
  current: { version: number; status: ArticleStatus },
  onChanged: (change: StoryStateChange) => void,
): void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  useLiveEvent((event) => {
    if (event.type !== 'article.changed' || event.articleId !== articleId) return;
    void queryClient.invalidateQueries({ queryKey: trpc.articles.revisions.queryKey({ id: articleId }) });
    if (event.version === undefined || event.status === undefined) return;
    // A text save by someone else changes no status: the lock and conflict screens handle those.
    if (event.version <= current.version || event.status === current.status) return;
    onChanged({ version: event.version, status: event.status as ArticleStatus });
  });
}
