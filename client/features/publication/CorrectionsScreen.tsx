import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { zoneLabel } from '../../../shared/bn/dates';
import { useSession } from '../../app/session';
import { basicColumnHelper, DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatNewsroomTime } from '../../lib/time';
import { useTRPCClient } from '../../lib/trpc';
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
  const { timeZone } = useSession();
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
      header: `Published (${zoneLabel(timeZone)})`,
      cell: ({ row }) => formatNewsroomTime(row.original.publishedAt, timeZone),
    }),
    column.display({
      id: 'story',
      header: 'Story',
      cell: ({ row }) => (
        <>
          <Link href={`/stories/${row.original.articleId}`}>{row.original.headline || '(untitled)'}</Link>
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
      header: 'Correction (as readers see it)',
      cell: (c) => <span lang="bn">{c.getValue()}</span>,
    }),
    column.accessor('publishedByName', { header: 'By', cell: (c) => c.getValue() ?? 'Scheduled' }),
  ];
  return (
    <section className="corrections-list">
      <h1>Corrections</h1>
      <p className="muted">
        Every correction published on a live story. Readers see each under the story’s date line as “সংশোধনী”.
      </p>
      <ErrorBanner error={list.error} />
      <DataTable
        caption="Corrections"
        columns={columns}
        data={rows}
        getRowId={(row) => row.id}
        emptyMessage={list.isPending ? 'Loading…' : 'No corrections yet.'}
      />
      {list.hasNextPage && (
        <button type="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          Older corrections
        </button>
      )}
    </section>
  );
}
