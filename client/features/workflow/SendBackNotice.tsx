import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ArticleStatus } from '../../../shared/articles/status';
import { formatBnDateTime } from '../../../shared/bn/dates';
import { toBengaliDigits } from '../../../shared/bn/digits';
import { useSession } from '../../app/session';
import { useTRPC } from '../../lib/trpc';

/**
 * At the top of a sent-back story: what the reviewer asked for, and how many
 * comment threads are still open, so the editor does not have to look in History.
 */
export function SendBackNotice({ articleId, status }: { articleId: string; status: ArticleStatus }) {
  const trpc = useTRPC();
  const { timeZone } = useSession();
  const waiting = status === 'changes_requested';
  const guidance = useQuery({ ...trpc.workflow.guidance.queryOptions({ id: articleId }), enabled: waiting });
  const { refetch } = guidance;
  // A send-back seen live (the status changed under the editor) fetches the new note.
  useEffect(() => {
    if (waiting) void refetch();
  }, [waiting, refetch]);
  const data = guidance.data;
  if (!waiting || !data) return null;
  const comments = data.openComments;
  return (
    <section className="send-back-notice" aria-labelledby="send-back-title" data-testid="send-back-notice">
      <h2 id="send-back-title">
        Changes requested{data.byName ? ` by ${data.byName}` : ''}
        {data.at && <span className="muted"> · {formatBnDateTime(data.at, timeZone)}</span>}
      </h2>
      {data.note && (
        <blockquote lang="bn" className="send-back-note">
          {data.note}
        </blockquote>
      )}
      <p>
        {comments === 0
          ? 'No open comments.'
          : `${toBengaliDigits(comments)} open ${comments === 1 ? 'comment' : 'comments'}: see the Comments tab.`}{' '}
        Make the changes, then submit the story for review again.
      </p>
    </section>
  );
}
