import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useSession } from '../../app/session';
import { basicColumnHelper, DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatNewsroomTime } from '../../lib/time';
import { useTRPC } from '../../lib/trpc';
import './workflow.css';

interface QueueRow {
  id: string;
  headline: string;
  sectionName: string | null;
  authors: string[];
  submittedBy: string | null;
  submitNote: string | null;
  waitingSince: string | Date;
  wordCount: number;
}

/** "2 d 3 h", "3 h 20 min", "5 min": how long a story has waited. */
export function waitingTime(since: string | Date, now: number): string {
  const minutes = Math.max(0, Math.floor((now - new Date(since).getTime()) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${mins} min`;
  return `${mins} min`;
}

const helper = basicColumnHelper<QueueRow>();

/** Managers' queue: stories waiting for review, oldest first, with how long each has waited. */
export function ReviewQueueScreen() {
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
          header: 'Story',
          cell: (c) => <Link href={`/stories/${c.row.original.id}`}>{c.getValue() || 'Untitled story'}</Link>,
        }),
        helper.accessor('sectionName', { header: 'Section', cell: (c) => c.getValue() ?? '—' }),
        helper.accessor('authors', { header: 'Authors', cell: (c) => c.getValue().join(', ') || '—' }),
        helper.accessor('submittedBy', {
          header: 'Submitted by',
          cell: (c) => (
            <>
              {c.getValue() ?? '—'}
              {c.row.original.submitNote && <p className="wf-note small">“{c.row.original.submitNote}”</p>}
            </>
          ),
        }),
        helper.accessor('waitingSince', {
          header: `Waiting (since, ${timeZone})`,
          cell: (c) => (
            <>
              <strong>{waitingTime(c.getValue(), now)}</strong>
              <br />
              <span className="muted small">{formatNewsroomTime(c.getValue(), timeZone)}</span>
            </>
          ),
        }),
      ]),
    [timeZone, now],
  );
  return (
    <section>
      <h1>Waiting for review</h1>
      <p className="muted">Oldest first. Open a story to approve it or send it back with a note.</p>
      <ErrorBanner error={queue.error} />
      {queue.isPending ? (
        <p className="muted">Loading…</p>
      ) : (
        <DataTable
          caption="Stories waiting for review, oldest first"
          columns={columns}
          data={(queue.data ?? []) as QueueRow[]}
          getRowId={(row) => row.id}
          emptyMessage="Nothing is waiting for review."
        />
      )}
    </section>
  );
}
