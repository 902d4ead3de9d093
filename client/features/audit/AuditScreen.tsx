import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { describeAudit } from '../../../shared/audit/describe';
import { endOfZonedDay, zonedLocalToUtc } from '../../../shared/bn';
import { useSession } from '../../app/session';
import { basicColumnHelper, DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { StaffSelect } from '../../components/StaffSelect';
import { formatNewsroomTime } from '../../lib/time';
import { useTRPC } from '../../lib/trpc';

interface AuditRow {
  id: number;
  at: string | Date;
  action: string;
  entityType: string;
  entityId: string;
  actorName: string | null;
  subject: string | null;
  before?: unknown;
  after?: unknown;
  meta?: unknown;
}

const helper = basicColumnHelper<AuditRow>();

const ENTITY_TYPES: Record<string, string> = {
  article: 'Stories',
  user: 'Users',
  section: 'Sections',
  media: 'Images',
  site: 'Site settings',
};

function WhatHappened({ row, timeZone }: { row: AuditRow; timeZone: string }) {
  const { text, href } = describeAudit(
    { ...row, before: row.before, after: row.after, meta: row.meta },
    timeZone,
  );
  return (
    <span lang="bn">
      {text}
      {href && row.entityType === 'article' && (
        <>
          {' '}
          <Link href={href} aria-label={`Open the story${row.subject ? ` “${row.subject}”` : ''}`}>
            Open
          </Link>
        </>
      )}
    </span>
  );
}

function ChangeDiff({ row, timeZone }: { row: AuditRow; timeZone: string }) {
  const { diff } = describeAudit({ ...row, before: row.before, after: row.after, meta: row.meta }, timeZone);
  if (diff.length === 0) return null;
  return (
    <ul className="audit-diff">
      {diff.map((d) => (
        <li key={d.field}>
          <span className="field">{d.field}:</span> <del lang="bn">{d.before}</del> →{' '}
          <ins lang="bn">{d.after}</ins>
        </li>
      ))}
    </ul>
  );
}

export function AuditScreen() {
  const trpc = useTRPC();
  const { timeZone } = useSession();
  const [entityType, setEntityType] = useState('');
  const [actorId, setActorId] = useState('');
  const [fromDay, setFromDay] = useState('');
  const [toDay, setToDay] = useState('');
  // Days are the newsroom's days, whatever the reader's computer says.
  const filters = {
    entityType: entityType || undefined,
    actorId: actorId || undefined,
    from: fromDay ? zonedLocalToUtc(`${fromDay}T00:00`, timeZone).toISOString() : undefined,
    to: toDay
      ? // Exclusive end: the first instant after the chosen day (days need not be 24 hours long).
        new Date(
          endOfZonedDay(zonedLocalToUtc(`${toDay}T00:00`, timeZone), timeZone).getTime() + 1,
        ).toISOString()
      : undefined,
    limit: 50,
  };
  const audit = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(filters, {
      getNextPageParam: (page) => page.nextCursor ?? undefined,
    }),
  );
  const rows = useMemo(() => audit.data?.pages.flatMap((p) => p.items) ?? [], [audit.data]);
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('at', {
          header: `When (${timeZone})`,
          cell: (c) => formatNewsroomTime(c.getValue(), timeZone),
        }),
        helper.accessor('actorName', { header: 'Who', cell: (c) => c.getValue() ?? 'System' }),
        helper.display({
          id: 'what',
          header: 'What',
          cell: ({ row }) => <WhatHappened row={row.original} timeZone={timeZone} />,
        }),
        helper.display({
          id: 'change',
          header: 'Change',
          cell: ({ row }) => <ChangeDiff row={row.original} timeZone={timeZone} />,
        }),
      ]),
    [timeZone],
  );
  return (
    <section className="audit-screen">
      <h1>Audit log</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          About
          <select value={entityType} onChange={(e) => setEntityType(e.target.value)}>
            <option value="">All</option>
            {Object.entries(ENTITY_TYPES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          User
          <StaffSelect value={actorId} onChange={setActorId} anyone="Everyone" />
        </label>
        <label>
          From
          <input type="date" value={fromDay} onChange={(e) => setFromDay(e.target.value)} />
        </label>
        <label>
          To
          <input type="date" value={toDay} onChange={(e) => setToDay(e.target.value)} />
        </label>
      </form>
      <ErrorBanner error={audit.error} />
      <DataTable
        caption="Audit log"
        columns={columns}
        data={rows}
        getRowId={(r) => String(r.id)}
        emptyMessage="Nothing recorded for these filters."
      />
      {audit.hasNextPage && (
        <button type="button" onClick={() => audit.fetchNextPage()} disabled={audit.isFetchingNextPage}>
          Load older entries
        </button>
      )}
    </section>
  );
}
