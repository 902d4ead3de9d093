import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { basicColumnHelper, DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPCClient } from '../../lib/trpc';
import { useFormat } from '../../lib/use-format';
import { LiveLinks } from './story-links';
import './publication.css';

interface CorrectionRow {
  id: string;
  articleId: string;
  headline: string;
  slug: string;
  status: string;
  note: string;
  publishedAt: Date | string;
  publishedByName: string | null;
}

const column = basicColumnHelper<CorrectionRow>();

/** The newsroom's corrections, newest first: what was corrected, in which story, when and by whom. */
export function CorrectionsScreen() {
  const client = useTRPCClient();
  const { t } = useTranslation();
  const format = useFormat();
  const list = useInfiniteQuery({
    queryKey: ['corrections'],
    queryFn: ({ pageParam }) => client.workflow.corrections.query({ limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = [
    column.display({
      id: 'when',
      header: t('publication.corrections.published', { zone: format.zone() }),
      cell: ({ row }) => format.dateTime(row.original.publishedAt),
    }),
    column.display({
      id: 'story',
      header: t('publication.corrections.story'),
      cell: ({ row }) => (
        <>
          <Link href={`/stories/${row.original.articleId}`}>
            {row.original.headline || t('common.untitled')}
          </Link>
          {row.original.status === 'published' && (
            <>
              <br />
              <LiveLinks id={row.original.articleId} slug={row.original.slug} compact />
            </>
          )}
        </>
      ),
    }),
    column.accessor('note', {
      header: t('publication.corrections.note'),
      cell: (c) => <span lang="bn">{c.getValue()}</span>,
    }),
    column.accessor('publishedByName', {
      header: t('publication.corrections.by'),
      cell: (c) => c.getValue() ?? t('publication.corrections.scheduled'),
    }),
  ];
  return (
    <section className="corrections-list">
      <h1>{t('publication.corrections.title')}</h1>
      <p className="muted">{t('publication.corrections.intro')}</p>
      <ErrorBanner error={list.error} />
      <DataTable
        caption={t('publication.corrections.title')}
        columns={columns}
        data={rows}
        getRowId={(row) => row.id}
        emptyMessage={list.isPending ? t('common.loading') : t('publication.corrections.empty')}
      />
      {list.hasNextPage && (
        <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {t('publication.corrections.older')}
        </button>
      )}
    </section>
  );
}
