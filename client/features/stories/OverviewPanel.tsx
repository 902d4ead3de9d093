import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import { useFormat } from '../../lib/use-format';
import { PerHourChart } from './PerHourChart';
import { EMPTY_STATE, type ListState, serializeListState } from './url-state';
import { useLiveStoryList } from './use-live-list';

const link = (patch: Partial<ListState>) => `/stories?${serializeListState({ ...EMPTY_STATE, ...patch })}`;

/** Today's numbers on the landing page, each a link to the list it counts. */
export function OverviewPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const trpc = useTRPC();
  const { timeZone } = useSession();
  const overview = useQuery(trpc.stories.overview.queryOptions(undefined, { refetchInterval: 60_000 }));
  useLiveStoryList();
  const o = overview.data;
  if (!o) return <ErrorBanner error={overview.error} />;
  const in24h = new Date(new Date(o.now).getTime() + 24 * 3600_000).toISOString();
  const numbers = [
    { label: t('home.drafts'), value: o.drafts, href: link({ status: ['draft'] }) },
    { label: t('home.waitingReview'), value: o.inReview, href: link({ view: 'review' }) },
    {
      label: t('home.scheduledNext24h'),
      value: o.scheduledNext24h,
      href: link({
        status: ['scheduled'],
        dateField: 'publish_at',
        from: o.now,
        to: in24h,
        sort: 'publish_at',
        dir: 'asc',
      }),
    },
    {
      label: t('home.publishedToday'),
      value: o.publishedToday,
      href: link({ dateField: 'published', from: o.dayStart, to: o.dayEnd, sort: 'published', dir: 'desc' }),
    },
    {
      label: t('home.failedSchedules'),
      value: o.failedSchedules,
      href: link({ status: ['schedule_failed'] }),
    },
  ];
  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title">{t('home.today', { zone: timeZone })}</h2>
      <ul className="overview-numbers">
        {numbers.map((n) => (
          <li key={n.label}>
            <Link href={n.href}>
              <strong>{format.count(n.value)}</strong>
              {n.label}
            </Link>
          </li>
        ))}
      </ul>
      <PerHourChart perHour={o.perHour} now={o.now} timeZone={timeZone} />
    </section>
  );
}
