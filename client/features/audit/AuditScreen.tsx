import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
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
  before?: unknown;
  after?: unknown;
}

const helper = basicColumnHelper<AuditRow>();

function summary(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

const ENTITY_TYPES = ['user', 'article', 'media', 'section'];

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
        helper.accessor('action', { header: 'Action' }),
        helper.accessor('entityId', {
          header: 'Entity',
          cell: (c) => `${c.row.original.entityType} ${c.getValue()}`,
        }),
        helper.display({
          id: 'change',
          header: 'Change',
          cell: ({ row }) => (
            <span className="mono">
              {summary(row.original.before)}
              {row.original.before ? ' → ' : ''}
              {summary(row.original.after)}
            </span>
          ),
        }),
      ]),
    [timeZone],
  );
  return (
    <section>
      <h1>Audit log</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Entity
          <select value={entityType} onChange={(e) => setEntityType(e.target.value)}>
            <option value="">All</option>
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
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
