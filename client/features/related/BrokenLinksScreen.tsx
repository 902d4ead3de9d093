import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'wouter';
import { STATUS_LABELS } from '../../../shared/articles/status';
import { useSession } from '../../app/session';
import { basicColumnHelper, DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatNewsroomTime } from '../../lib/time';
import { useTRPC } from '../../lib/trpc';
import { LINK_KIND_LABELS } from './BacklinksPanel';

interface BrokenRow {
  sourceId: string;
  sourceHeadline: string;
  kind: keyof typeof LINK_KIND_LABELS;
  targetId: string;
  targetHeadline: string | null;
  targetState: string;
  brokenSince: string | Date | null;
}

const helper = basicColumnHelper<BrokenRow>();

function stateLabel(state: string): string {
  if (state === 'deleted') return 'In the bin';
  if (state === 'missing') return 'Deleted for good';
  return STATUS_LABELS[state as keyof typeof STATUS_LABELS] ?? state;
}

/**
 * Published stories whose links point at stories readers cannot open. Readers
 * see no dead link (the page leaves it out), but the story lost a link: the desk
 * replaces or removes it here, newest breakage first.
 */
export function BrokenLinksScreen() {
  const trpc = useTRPC();
  const { timeZone } = useSession();
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
          header: 'Published story',
          cell: (c) => (
            <Link href={`/stories/${c.row.original.sourceId}`} lang="bn">
              {c.getValue() || 'Untitled story'}
            </Link>
          ),
        }),
        helper.accessor('kind', { header: 'Link', cell: (c) => LINK_KIND_LABELS[c.getValue()] }),
        helper.accessor('targetHeadline', {
          header: 'Points at',
          cell: (c) =>
            c.getValue() === null ? (
              <span className="muted">A story deleted for good</span>
            ) : (
              <Link href={`/stories/${c.row.original.targetId}`} lang="bn">
                {c.getValue() || 'Untitled story'}
              </Link>
            ),
        }),
        helper.accessor('targetState', { header: 'Its state', cell: (c) => stateLabel(c.getValue()) }),
        helper.accessor('brokenSince', {
          header: `Since (${timeZone})`,
          cell: (c) => {
            const value = c.getValue();
            return value ? formatNewsroomTime(value, timeZone) : '';
          },
        }),
      ]),
    [timeZone],
  );
  return (
    <section>
      <h1>Broken links</h1>
      <p className="muted">
        Published stories linking to stories readers cannot open. The public page leaves these links out; open
        the story to replace or remove them.
      </p>
      <ErrorBanner error={broken.error} />
      <DataTable
        caption="Broken links"
        columns={columns}
        data={rows as BrokenRow[]}
        getRowId={(r) => `${r.sourceId}:${r.targetId}:${r.kind}`}
        emptyMessage={
          broken.isPending
            ? 'Loading…'
            : 'No broken links: every published story links only to published stories.'
        }
      />
      {broken.hasNextPage && (
        <button type="button" onClick={() => broken.fetchNextPage()} disabled={broken.isFetchingNextPage}>
          Show more
        </button>
      )}
    </section>
  );
}
