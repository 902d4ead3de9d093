import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatCountdown } from '../../../shared/schedule/slots';
import { translateKnownMessage } from '../../i18n/server-messages';
import { useFormat } from '../../lib/use-format';
import type { CalendarItem } from './calendar-types';
import { useServerClock } from './use-live-schedule';

/** What goes out next, with a live countdown; failed and overdue stories first. */
export function TodayList({
  failed,
  scheduled,
  serverNow,
  timeZone,
}: {
  failed: CalendarItem[];
  scheduled: CalendarItem[];
  serverNow: Date | string | undefined;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const format = useFormat(timeZone);
  const now = useServerClock(serverNow);
  const soon = scheduled.filter((s) => s.publishAt && new Date(s.publishAt).getTime() - now < 86_400_000);
  return (
    <section className="today-list" aria-labelledby="today-heading">
      <h2 id="today-heading">{t('schedule.next.title')}</h2>
      {failed.length === 0 && soon.length === 0 && <p className="muted">{t('schedule.next.none')}</p>}
      <ol>
        {failed.map((item) => (
          <li key={item.id} className="cal-failed">
            <strong>{t('schedule.calendar.failed')}</strong>{' '}
            <Link href={`/stories/${item.id}`}>{item.headline || t('schedule.calendar.untitled')}</Link>
            <small>
              {((item.scheduleError as { reasons?: string[] } | null)?.reasons ?? [])
                .map(translateKnownMessage)
                .join(' ')}
            </small>
          </li>
        ))}
        {soon.map((item) => {
          const left = new Date(item.publishAt as string).getTime() - now;
          return (
            <li key={item.id} className={left < 0 ? 'cal-overdue' : undefined} data-testid="today-item">
              <span className="countdown">
                {left < 0 ? t('schedule.calendar.overdue') : format.digits(formatCountdown(left))}
              </span>{' '}
              <span className="when">{format.time(item.publishAt as string)}</span>{' '}
              <Link href={`/stories/${item.id}`}>{item.headline || t('schedule.calendar.untitled')}</Link>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
