import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import { useFormat } from '../../lib/use-format';
import { describeHistory } from './history-words';
import type { WorkflowPanelProps } from './WorkflowActions';
import './workflow.css';

/**
 * The story's timeline from the audit log, in plain words: who did what ("Rina
 * submitted it for review"), when (newsroom time), and the note they left.
 */
export function HistoryPanel({ articleId, version }: WorkflowPanelProps) {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const format = useFormat();
  const history = useQuery(trpc.workflow.history.queryOptions({ id: articleId }));
  const { refetch } = history;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version may come with a new entry
  useEffect(() => {
    void refetch();
  }, [version, refetch]);
  return (
    <section className="wf-panel" aria-labelledby="wf-history-title">
      <h2 id="wf-history-title">{t('workflow.history.title')}</h2>
      <p className="muted small">{t('workflow.history.zone', { zone: format.zone() })}</p>
      <ErrorBanner error={history.error} />
      <ol className="wf-history">
        {history.data?.map((entry) => {
          const words = describeHistory(entry);
          const who = entry.actorName ?? t('workflow.history.system');
          return (
            <li key={entry.id} data-action={entry.action}>
              <strong>{who}</strong>{' '}
              {t(`workflow.history.did.${words.did}`, {
                when: words.when ? format.dateTime(words.when) : '',
              })}
              <br />
              <time dateTime={new Date(entry.at).toISOString()} className="muted small">
                {format.dateTime(entry.at, { relative: true })}
              </time>
              {words.note && <p className="wf-note">{t('workflow.history.note', { note: words.note })}</p>}
              {words.reason && (
                <p className="wf-note">{t('workflow.history.reason', { reason: words.reason })}</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
