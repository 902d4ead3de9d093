import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HEADLINE_MAX } from '../../../shared/articles/schemas';
import { ErrorBanner } from '../../components/ErrorBanner';
import { translateServerMessage } from '../../i18n/server-messages';
import { useTRPC } from '../../lib/trpc';
import type { WorkflowPanelProps } from './WorkflowActions';
import './workflow.css';
import { CheckMark } from './CheckMark';

/**
 * The publish checklist, live: asked again whenever the story's version changes
 * (every save) and on `article.changed` events, so items tick off as they are fixed.
 */
export function ChecklistPanel({ articleId, version }: WorkflowPanelProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const checklist = useQuery({ ...trpc.workflow.checklist.queryOptions({ id: articleId }), staleTime: 0 });
  const { refetch } = checklist;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version is the signal to check again
  useEffect(() => {
    void refetch();
  }, [version, refetch]);

  const items = checklist.data?.items ?? [];
  const remaining = items.filter((i) => !i.ok).length;
  return (
    <section className="wf-panel" aria-labelledby="wf-checklist-title">
      <h2 id="wf-checklist-title">{t('workflow.checklist.title')}</h2>
      <ErrorBanner error={checklist.error} />
      {checklist.data && (
        <p className="muted" aria-live="polite">
          {remaining === 0
            ? t('workflow.checklist.ready')
            : t('workflow.checklist.toFix', { count: remaining })}
        </p>
      )}
      <ul className="wf-checklist">
        {items.map((item) => (
          <li key={item.id} className={item.ok ? 'ok' : 'todo'} data-item={item.id}>
            <span aria-hidden="true" className="wf-tick">
              <CheckMark ok={item.ok} />
            </span>
            <span className="visually-hidden">
              {item.ok ? t('workflow.checklist.done') : t('workflow.checklist.todo')}
            </span>
            {item.ok
              ? t(`workflow.checklist.labels.${item.id}`, { max: HEADLINE_MAX })
              : translateServerMessage(item.message)}
          </li>
        ))}
      </ul>
    </section>
  );
}
