import { Link } from 'wouter';
import { formatCountdown } from '../../../shared/schedule/slots';
import type { CalendarItem } from './calendar-types';
import { useServerClock } from './use-live-schedule';
import { zonedTime } from './zoned-input';

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
  const now = useServerClock(serverNow);
  const soon = scheduled.filter((s) => s.publishAt && new Date(s.publishAt).getTime() - now < 86_400_000);
  return (
    <section className="today-list" aria-labelledby="today-heading">
      <h2 id="today-heading">Next out</h2>
      {failed.length === 0 && soon.length === 0 && (
        <p className="muted">Nothing scheduled in the next 24 hours.</p>
      )}
      <ol>
        {failed.map((item) => (
          <li key={item.id} className="cal-failed">
            <strong>Failed</strong> <Link href={`/stories/${item.id}`}>{item.headline || 'Untitled'}</Link>
            <small>{((item.scheduleError as { reasons?: string[] } | null)?.reasons ?? []).join(' ')}</small>
          </li>
        ))}
        {soon.map((item) => {
          const left = new Date(item.publishAt as string).getTime() - now;
          return (
            <li key={item.id} className={left < 0 ? 'cal-overdue' : undefined} data-testid="today-item">
              <span className="countdown">{left < 0 ? 'Overdue' : formatCountdown(left)}</span>{' '}
              <span className="when">{zonedTime(item.publishAt as string, timeZone)}</span>{' '}
              <Link href={`/stories/${item.id}`}>{item.headline || 'Untitled'}</Link>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
