import { useInfiniteQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../../shared/articles/status';
import { basicColumnHelper, DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import { useFormat } from '../../lib/use-format';
import type { LinkKind } from './BacklinksPanel';

interface BrokenRow {
  sourceId: string;
  sourceHeadline: string;
  kind: LinkKind;
  targetId: string;
  targetHeadline: string | null;
  targetState: string;
  brokenSince: string | Date | null;
}

const helper = basicColumnHelper<BrokenRow>();

function stateLabel(state: string, t: TFunction): string {
  if (state === 'deleted') return t('related.inBin');
  if (state === 'missing') return t('related.broken.missing');
  return (ARTICLE_STATUSES as readonly string[]).includes(state)
    ? t(`statuses.${state as ArticleStatus}`)
    : state;
}

/**
 * Published stories whose links point at stories readers cannot open. Readers
 * see no dead link (the page leaves it out), but the story lost a link: the desk
 * replaces or removes it here, newest breakage first.
 */
export function BrokenLinksScreen() {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const format = useFormat();
  const broken = useInfiniteQuery(
    trpc.related.brokenLinks.infiniteQueryOptions(
      { limit: 50 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const rows = useMemo(() => broken.data?.pages.flatMap((p) => p.items) ?? [], [broken.data]);
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('sourceHeadline', {
          header: t('related.broken.source'),
          cell: (c) => (
            <Link href={`/stories/${c.row.original.sourceId}`} lang="bn">
              {c.getValue() || t('related.untitled')}
            </Link>
          ),
        }),
        helper.accessor('kind', {
          header: t('related.broken.link'),
          cell: (c) => t(`related.kinds.${c.getValue()}`),
        }),
        helper.accessor('targetHeadline', {
          header: t('related.broken.target'),
          cell: (c) =>
            c.getValue() === null ? (
              <span className="muted">{t('related.broken.goneForGood')}</span>
            ) : (
              <Link href={`/stories/${c.row.original.targetId}`} lang="bn">
                {c.getValue() || t('related.untitled')}
              </Link>
            ),
        }),
        helper.accessor('targetState', {
          header: t('related.broken.state'),
          cell: (c) => stateLabel(c.getValue(), t),
        }),
        helper.accessor('brokenSince', {
          header: t('related.broken.since', { zone: format.zone() }),
          cell: (c) => {
            const value = c.getValue();
            return value ? format.dateTime(value) : '';
          },
        }),
      ]),
    [t, format],
  );
  return (
    <section>
      <h1>{t('related.broken.title')}</h1>
      <p className="muted">{t('related.broken.intro')}</p>
      <ErrorBanner error={broken.error} />
      <DataTable
        caption={t('related.broken.title')}
        columns={columns}
        data={rows as BrokenRow[]}
        getRowId={(r) => `${r.sourceId}:${r.targetId}:${r.kind}`}
        emptyMessage={broken.isPending ? t('common.loading') : t('related.broken.empty')}
      />
      {broken.hasNextPage && (
        <button type="button" onClick={() => broken.fetchNextPage()} disabled={broken.isFetchingNextPage}>
          {t('related.broken.more')}
        </button>
      )}
    </section>
  );
}
