import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatNewsroomTime } from '../../lib/time';
import { useTRPC } from '../../lib/trpc';
import type { WorkflowPanelProps } from './WorkflowActions';
import './workflow.css';

const LABELS: Record<string, string> = {
  'article.create': 'Created',
  'article.submit': 'Submitted for review',
  'article.approve': 'Approved',
  'article.send_back': 'Sent back',
  'article.schedule': 'Scheduled',
  'article.reschedule': 'Rescheduled',
  'article.unschedule': 'Unscheduled',
  'article.schedule_failed': 'Scheduled publication failed',
  'article.publish': 'Published',
  'article.unpublish': 'Unpublished',
  'article.expire': 'Expired (taken down)',
  'article.archive': 'Archived',
  'article.reopen': 'Reopened as draft',
  'article.delete': 'Moved to the bin',
  'article.restore': 'Restored from the bin',
  'article.duplicate': 'Duplicated',
};

interface HistoryEntry {
  action: string;
  after?: unknown;
  meta?: unknown;
}

function describeEntry(entry: HistoryEntry): string {
  const label = LABELS[entry.action];
  if (label) return label;
  const to = (entry.after as { status?: string } | null)?.status;
  if ((entry.action === 'article.save' || entry.action === 'article.autosave') && to === 'in_review')
    return 'Edited after approval: back in review';
  return entry.action.replace(/^article\./, '').replace(/_/g, ' ');
}

function detail(entry: HistoryEntry, timeZone: string): string | null {
  const meta = (entry.meta ?? {}) as { note?: string; reason?: string; publishAt?: string };
  if (meta.note) return `“${meta.note}”`;
  if (meta.reason) return `Reason: ${meta.reason}`;
  if (meta.publishAt) return `for ${formatNewsroomTime(meta.publishAt, timeZone)} (${timeZone})`;
  return null;
}

/** The story's timeline from the audit log: what happened, who did it, when (newsroom time). */
export function HistoryPanel({ articleId, version }: WorkflowPanelProps) {
  const trpc = useTRPC();
  const { timeZone } = useSession();
  const history = useQuery(trpc.workflow.history.queryOptions({ id: articleId }));
  const { refetch } = history;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version may come with a new entry
  useEffect(() => {
    void refetch();
  }, [version, refetch]);
  return (
    <section className="wf-panel" aria-labelledby="wf-history-title">
      <h2 id="wf-history-title">History</h2>
      <p className="muted small">Times in {timeZone}</p>
      <ErrorBanner error={history.error} />
      <ol className="wf-history">
        {history.data?.map((entry) => {
          const extra = detail(entry, timeZone);
          return (
            <li key={entry.id}>
              <strong>{describeEntry(entry)}</strong> · {entry.actorName ?? 'System'}
              <br />
              <time dateTime={new Date(entry.at).toISOString()} className="muted small">
                {formatNewsroomTime(entry.at, timeZone)}
              </time>
              {extra && <p className="wf-note">{extra}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
