import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import { useFormat } from '../../lib/use-format';
import { useSectionName } from '../sections/use-section-name';

/** Stories in the bin: managers restore them, admins delete unpublished ones for good. */
export function BinScreen() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { can, timeZone } = useSession();
  const { t } = useTranslation();
  const format = useFormat();
  const sectionName = useSectionName();
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
      <h1>{t('articles.bin.title')}</h1>
      <p className="muted">
        {t('articles.bin.intro')}{' '}
        {can('articles.restore') ? t('articles.bin.youRestore') : t('articles.bin.managerRestores')}{' '}
        {t('articles.bin.zone', { zone: timeZone })} <Link href="/stories">{t('articles.bin.back')}</Link>
      </p>
      <ErrorBanner error={bin.error ?? restore.error ?? purge.error} />
      <table className="data-table">
        <caption className="visually-hidden">{t('articles.bin.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('articles.bin.headline')}</th>
            <th scope="col">{t('articles.bin.section')}</th>
            <th scope="col">{t('articles.bin.deleted')}</th>
            <th scope="col">{t('articles.bin.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 && (
            <tr>
              <td colSpan={4} className="empty">
                {bin.isPending ? t('common.loading') : t('articles.bin.empty')}
              </td>
            </tr>
          )}
          {items.map((item) => (
            <tr key={item.id}>
              <td lang="bn">
                {item.headline || <span className="muted">{t('articles.bin.noHeadline')}</span>}
              </td>
              <td lang={sectionName(item)?.lang}>{sectionName(item)?.name ?? '—'}</td>
              <td>{item.deletedAt ? format.dateTime(item.deletedAt, { relative: true }) : ''}</td>
              <td className="actions">
                {can('articles.restore') && (
                  <button type="button" onClick={() => restore.mutate({ id: item.id })}>
                    {t('articles.bin.restore')}
                  </button>
                )}
                {can('articles.purge') && item.status !== 'published' && (
                  <button
                    type="button"
                    onClick={() => {
                      if (
                        window.confirm(
                          t('articles.bin.confirmPurge', {
                            headline: item.headline || t('articles.bin.thisStory'),
                          }),
                        )
                      )
                        purge.mutate({ id: item.id });
                    }}
                  >
                    {t('articles.bin.purge')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {bin.hasNextPage && (
        <button type="button" onClick={() => bin.fetchNextPage()}>
          {t('common.showMore')}
        </button>
      )}
    </section>
  );
}
