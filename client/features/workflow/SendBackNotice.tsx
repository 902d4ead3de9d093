import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../../shared/articles/status';
import { useTRPC } from '../../lib/trpc';
import { useFormat } from '../../lib/use-format';

/**
 * At the top of a sent-back story: what the reviewer asked for, and how many
 * comment threads are still open, so the editor does not have to look in History.
 */
export function SendBackNotice({ articleId, status }: { articleId: string; status: ArticleStatus }) {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const format = useFormat();
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
        {data.byName ? t('workflow.sendBack.titleBy', { name: data.byName }) : t('workflow.sendBack.title')}
        {data.at && <span className="muted"> · {format.dateTime(data.at, { relative: true })}</span>}
      </h2>
      {data.note && (
        <blockquote lang="bn" className="send-back-note">
          {data.note}
        </blockquote>
      )}
      <p>
        {comments === 0
          ? t('workflow.sendBack.noComments')
          : t('workflow.sendBack.openComments', { count: comments })}{' '}
        {t('workflow.sendBack.next')}
      </p>
    </section>
  );
}
