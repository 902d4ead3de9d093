import { useDraggable, useDroppable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatBanglaDay } from '../../../shared/bn/bangla-calendar';
import { daySlots, type Slot, slotIndexOf } from '../../../shared/schedule/slots';
import { useFormat } from '../../lib/use-format';
import { type CalendarItem, itemTime } from './calendar-types';

/** `'2024-11-25'` → its calendar day, for the Bangla date under each day header. */
const dayOfKey = (dayKey: string) => {
  const [year, month, day] = dayKey.split('-').map(Number);
  return { year, month, day };
};

export const slotId = (dayKey: string, index: number) => `slot|${dayKey}|${index}`;

function Item({
  item,
  draggable,
  timeZone,
  now,
}: {
  item: CalendarItem;
  draggable: boolean;
  timeZone: string;
  now: number;
}) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: item.id,
    disabled: !draggable,
    data: { item },
  });
  const { t } = useTranslation();
  const format = useFormat(timeZone);
  const overdue = item.status === 'scheduled' && itemTime(item).getTime() < now;
  const flag =
    item.status === 'schedule_failed'
      ? t('schedule.calendar.failed')
      : overdue
        ? t('schedule.calendar.overdue')
        : null;
  const headline = item.headline || t('schedule.calendar.untitled');
  const className = [
    'cal-item',
    `cal-${item.status}`,
    overdue ? 'cal-overdue' : '',
    isDragging ? 'dragging' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li
      ref={setNodeRef}
      className={className}
      style={{ transform: CSS.Translate.toString(transform) }}
      data-testid="calendar-item"
      {...(draggable ? { ...attributes, ...listeners } : {})}
      aria-label={
        draggable
          ? t('schedule.calendar.moveHint', { headline, time: format.time(itemTime(item)) })
          : undefined
      }
    >
      <span className="when">{format.time(itemTime(item))}</span>{' '}
      {flag && <strong className="flag">{flag}</strong>}{' '}
      <Link href={`/stories/${item.id}`} onPointerDown={(e) => e.stopPropagation()}>
        {headline}
      </Link>
      {item.status === 'published' && <span className="muted"> · {t('schedule.calendar.published')}</span>}
    </li>
  );
}

function Cell({
  dayKey,
  index,
  slot,
  items,
  ...rest
}: {
  dayKey: string;
  index: number;
  slot: Slot;
  items: CalendarItem[];
  canMove: boolean;
  timeZone: string;
  now: number;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: slotId(dayKey, index), data: { slot } });
  return (
    <td ref={setNodeRef} className={`${items.length === 0 ? 'gap' : 'filled'}${isOver ? ' over' : ''}`}>
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <Item
              key={item.id}
              item={item}
              draggable={rest.canMove && item.status === 'scheduled'}
              timeZone={rest.timeZone}
              now={rest.now}
            />
          ))}
        </ul>
      )}
    </td>
  );
}

/** Days side by side, half-hour slots down; empty slots are shown as gaps. */
export function CalendarGrid({
  days,
  items,
  timeZone,
  canMove,
  now,
}: {
  days: string[];
  items: CalendarItem[];
  timeZone: string;
  canMove: boolean;
  now: number;
}) {
  const { t } = useTranslation();
  const format = useFormat(timeZone);
  const slotsByDay = days.map((d) => daySlots(d, timeZone));
  const placed = days.map((d) => {
    const byIndex = new Map<number, CalendarItem[]>();
    for (const item of items) {
      const i = slotIndexOf(itemTime(item), d, timeZone);
      if (i >= 0) byIndex.set(i, [...(byIndex.get(i) ?? []), item]);
    }
    return byIndex;
  });
  return (
    <table className="calendar-grid">
      <caption className="sr-only">{t('schedule.calendar.caption', { zone: timeZone })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('schedule.calendar.time')}</th>
          {days.map((d) => (
            <th key={d} scope="col">
              {format.weekday(slotsByDay[days.indexOf(d)][0].start)},{' '}
              {format.dayMonth(slotsByDay[days.indexOf(d)][0].start)}
              <span className="bangla-day" lang="bn">
                {formatBanglaDay(dayOfKey(d), { withYear: false })}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {slotsByDay[0].map((slot, index) => (
          <tr key={slot.label}>
            <th scope="row">{format.time(slot.start)}</th>
            {days.map((d, di) => (
              <Cell
                key={d}
                dayKey={d}
                index={index}
                slot={slotsByDay[di][index]}
                items={placed[di].get(index) ?? []}
                canMove={canMove}
                timeZone={timeZone}
                now={now}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
