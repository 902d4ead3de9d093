import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import { formatBnDateTime } from '../../../shared/bn';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';

/** Stories in the bin: managers restore them, admins delete unpublished ones for good. */
export function BinScreen() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { can, timeZone } = useSession();
  const bin = useInfiniteQuery(
    trpc.articles.recent.infiniteQueryOptions(
      { deleted: true, limit: 50 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.articles.recent.pathKey() });
  const restore = useMutation(trpc.articles.restore.mutationOptions({ onSettled: refresh }));
  const purge = useMutation(trpc.articles.purge.mutationOptions({ onSettled: refresh }));
  const items = bin.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section>
      <h1>Bin</h1>
      <p className="muted">
        Deleted stories wait here.{' '}
        {can('articles.restore') ? 'You can restore them.' : 'A manager can restore them.'} Times in{' '}
        {timeZone}. <Link href="/stories">Back to stories</Link>
      </p>
      <ErrorBanner error={bin.error ?? restore.error ?? purge.error} />
      <table className="data-table">
        <caption className="visually-hidden">Deleted stories</caption>
        <thead>
          <tr>
            <th scope="col">Headline</th>
            <th scope="col">Section</th>
            <th scope="col">Deleted</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 && (
            <tr>
              <td colSpan={4} className="empty">
                {bin.isPending ? 'Loading…' : 'The bin is empty.'}
              </td>
            </tr>
          )}
          {items.map((item) => (
            <tr key={item.id}>
              <td lang="bn">{item.headline || <span className="muted">(no headline)</span>}</td>
              <td>{item.sectionName ?? '—'}</td>
              <td>{item.deletedAt ? formatBnDateTime(item.deletedAt, timeZone) : ''}</td>
              <td className="actions">
                {can('articles.restore') && (
                  <button type="button" onClick={() => restore.mutate({ id: item.id })}>
                    Restore
                  </button>
                )}
                {can('articles.purge') && item.status !== 'published' && (
                  <button
                    type="button"
                    onClick={() => {
                      if (
                        window.confirm(
                          `Delete “${item.headline || 'this story'}” for good? This cannot be undone.`,
                        )
                      )
                        purge.mutate({ id: item.id });
                    }}
                  >
                    Delete for good
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {bin.hasNextPage && (
        <button type="button" onClick={() => bin.fetchNextPage()}>
          Show more
        </button>
      )}
    </section>
  );
}
