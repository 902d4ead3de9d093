import { useQuery } from '@tanstack/react-query';
import type { ArticleStatus } from '../../../shared/articles/status';
import { useTRPCClient } from '../../lib/trpc';
import { ScheduleControls } from '../schedule/ScheduleControls';
import { ChecklistPanel, WorkflowActions } from '../workflow';

export interface StoryStateChange {
  version: number;
  status: ArticleStatus;
}

/**
 * The story's workflow beside the editor: the actions the role may take now,
 * scheduling, and the publish checklist ticking off as the story is fixed.
 */
export function WorkflowTab({
  articleId,
  version,
  status,
  onChanged,
  beforeAct,
}: {
  articleId: string;
  version: number;
  status: ArticleStatus;
  onChanged: (change: StoryStateChange) => void;
  /** See WorkflowActions: the text on screen is on the server before an action. */
  beforeAct?: () => Promise<number | undefined>;
}) {
  const client = useTRPCClient();
  // The schedule's times, under a key of their own: the editor's copy of the story must never be refetched.
  const times = useQuery({
    queryKey: ['story-schedule-times', articleId, version],
    queryFn: () => client.articles.get.query({ id: articleId }),
  });
  return (
    <div className="workflow-tab">
      <WorkflowActions
        articleId={articleId}
        version={version}
        status={status}
        story={times.data ? { headline: times.data.headline, slug: times.data.slug } : undefined}
        onChanged={(change) => change && onChanged(change)}
        beforeAct={beforeAct}
      />
      <ScheduleControls
        articleId={articleId}
        version={version}
        status={status}
        publishAt={times.data?.publishAt ?? null}
        unpublishAt={times.data?.unpublishAt ?? null}
        embargoUntil={times.data?.embargoUntil ?? null}
        onChanged={(change) => {
          onChanged(change);
          void times.refetch();
        }}
      />
      <ChecklistPanel articleId={articleId} version={version} status={status} />
    </div>
  );
}
