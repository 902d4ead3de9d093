import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { type AuditWords, describeAudit } from '../../../shared/audit/describe';
import { endOfZonedDay, zonedLocalToUtc } from '../../../shared/bn';
import { useSession } from '../../app/session';
import { basicColumnHelper, DataTable } from '../../components/DataTable';
import { DayField } from '../../components/DayField';
import { ErrorBanner } from '../../components/ErrorBanner';
import { StaffSelect } from '../../components/StaffSelect';
import { translateKey } from '../../i18n';
import { useTRPC } from '../../lib/trpc';
import { useFormat } from '../../lib/use-format';
import { auditWords } from './audit-words';

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

const ENTITY_TYPES = ['article', 'user', 'section', 'media', 'site'] as const;

const describeRow = (row: AuditRow, words: AuditWords) =>
  describeAudit({ ...row, before: row.before, after: row.after, meta: row.meta }, words);

function WhatHappened({ row, words }: { row: AuditRow; words: AuditWords }) {
  const { t } = useTranslation();
  const { text, href } = describeRow(row, words);
  return (
    <span>
      {text}
      {href && row.entityType === 'article' && (
        <>
          {' '}
          <Link
            href={href}
            aria-label={
              row.subject ? t('audit.openStoryNamed', { headline: row.subject }) : t('audit.openStory')
            }
          >
            {t('audit.open')}
          </Link>
        </>
      )}
    </span>
  );
}

function ChangeDiff({ row, words }: { row: AuditRow; words: AuditWords }) {
  const { diff } = describeRow(row, words);
  if (diff.length === 0) return null;
  return (
    <ul className="audit-diff">
      {diff.map((d) => (
        <li key={d.key}>
          <span className="field">{d.field}:</span> <del>{d.before}</del> → <ins>{d.after}</ins>
        </li>
      ))}
    </ul>
  );
}

export function AuditScreen() {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const format = useFormat();
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
  // `format` changes with the language, so the words follow a switch at once.
  const words = useMemo(
    () => auditWords(translateKey, (iso) => format.dateTime(iso), format.language),
    [format],
  );
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('at', {
          header: t('audit.when', { zone: format.timeZone }),
          cell: (c) => (
            <span className="audit-when">{format.dateTime(c.getValue(), { relative: true })}</span>
          ),
        }),
        helper.accessor('actorName', {
          header: t('audit.who'),
          cell: (c) => c.getValue() ?? t('audit.system'),
        }),
        helper.display({
          id: 'what',
          header: t('audit.what'),
          cell: ({ row }) => <WhatHappened row={row.original} words={words} />,
        }),
        helper.display({
          id: 'change',
          header: t('audit.change'),
          cell: ({ row }) => <ChangeDiff row={row.original} words={words} />,
        }),
      ]),
    [format, t, words],
  );
  return (
    <section className="audit-screen">
      <h1>{t('audit.title')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('audit.about')}
          <select value={entityType} onChange={(e) => setEntityType(e.target.value)}>
            <option value="">{t('common.all')}</option>
            {ENTITY_TYPES.map((value) => (
              <option key={value} value={value}>
                {t(`audit.entities.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('audit.actor')}
          <StaffSelect value={actorId} onChange={setActorId} anyone={t('audit.everyone')} />
        </label>
        <DayField label={t('audit.from')} value={fromDay} onChange={setFromDay} />
        <DayField label={t('audit.to')} value={toDay} onChange={setToDay} />
      </form>
      <ErrorBanner error={audit.error} />
      <DataTable
        caption={t('audit.title')}
        columns={columns}
        data={rows}
        getRowId={(r) => String(r.id)}
        emptyMessage={t('audit.empty')}
      />
      {audit.hasNextPage && (
        <button type="button" onClick={() => audit.fetchNextPage()} disabled={audit.isFetchingNextPage}>
          {t('audit.older')}
        </button>
      )}
    </section>
  );
}
