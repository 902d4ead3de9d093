import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSession } from '../../app/session';
import { basicColumnHelper, DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import { useFormat } from '../../lib/use-format';
import { useSectionName } from '../sections/use-section-name';
import './workflow.css';

interface QueueRow {
  id: string;
  headline: string;
  sectionName: string | null;
  sectionNameEn: string | null;
  authors: string[];
  submittedBy: string | null;
  submitNote: string | null;
  waitingSince: string | Date;
  wordCount: number;
}

/** "2 d 3 h", "3 h 20 min", "5 min": how long a story has waited. */
export function waitingTime(since: string | Date, now: number, t: TFunction): string {
  const minutes = Math.max(0, Math.floor((now - new Date(since).getTime()) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return t('workflow.queue.days', { days, hours });
  if (hours > 0) return t('workflow.queue.hours', { hours, minutes: mins });
  return t('workflow.queue.minutes', { minutes: mins });
}

const helper = basicColumnHelper<QueueRow>();

/** Managers' queue: stories waiting for review, oldest first, with how long each has waited. */
export function ReviewQueueScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const sectionName = useSectionName();
  const trpc = useTRPC();
  const { timeZone } = useSession();
  const queue = useQuery({ ...trpc.workflow.queue.queryOptions(), refetchInterval: 60_000 });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('headline', {
          header: t('workflow.queue.story'),
          cell: (c) => (
            <Link href={`/stories/${c.row.original.id}`}>{c.getValue() || t('workflow.queue.untitled')}</Link>
          ),
        }),
        helper.accessor('sectionName', {
          header: t('workflow.queue.section'),
          cell: (c) => {
            const section = sectionName(c.row.original);
            return section ? <span lang={section.lang}>{section.name}</span> : '—';
          },
        }),
        helper.accessor('authors', {
          header: t('workflow.queue.authors'),
          cell: (c) => c.getValue().join(', ') || '—',
        }),
        helper.accessor('submittedBy', {
          header: t('workflow.queue.submittedBy'),
          cell: (c) => (
            <>
              {c.getValue() ?? '—'}
              {c.row.original.submitNote && <p className="wf-note small">“{c.row.original.submitNote}”</p>}
            </>
          ),
        }),
        helper.accessor('waitingSince', {
          header: t('workflow.queue.waiting', { zone: timeZone }),
          cell: (c) => (
            <>
              <strong>{waitingTime(c.getValue(), now, t)}</strong>
              <br />
              <span className="muted small">{format.dateTime(c.getValue(), { relative: true })}</span>
            </>
          ),
        }),
      ]),
    [timeZone, now, t, format, sectionName],
  );
  return (
    <section>
      <h1>{t('workflow.queue.title')}</h1>
      <p className="muted">{t('workflow.queue.intro')}</p>
      <ErrorBanner error={queue.error} />
      {queue.isPending ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <DataTable
          caption={t('workflow.queue.caption')}
          columns={columns}
          data={(queue.data ?? []) as QueueRow[]}
          getRowId={(row) => row.id}
          emptyMessage={t('workflow.queue.empty')}
        />
      )}
    </section>
  );
}
