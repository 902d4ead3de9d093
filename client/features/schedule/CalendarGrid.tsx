import { useDraggable, useDroppable } from '@dnd-kit/core';
import { CSS } from '@dnd-kit/utilities';
import { Link } from 'wouter';
import { formatBanglaDay } from '../../../shared/bn/bangla-calendar';
import { daySlots, type Slot, slotIndexOf } from '../../../shared/schedule/slots';
import { type CalendarItem, itemTime } from './calendar-types';
import { zonedTime } from './zoned-input';

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
  const overdue = item.status === 'scheduled' && itemTime(item).getTime() < now;
  const flag = item.status === 'schedule_failed' ? 'Failed' : overdue ? 'Overdue' : null;
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
          ? `${item.headline || 'Untitled'}, ${zonedTime(itemTime(item), timeZone)}: press space to move`
          : undefined
      }
    >
      <span className="when">{zonedTime(itemTime(item), timeZone)}</span>{' '}
      {flag && <strong className="flag">{flag}</strong>}{' '}
      <Link href={`/stories/${item.id}`} onPointerDown={(e) => e.stopPropagation()}>
        {item.headline || 'Untitled'}
      </Link>
      {item.status === 'published' && <span className="muted"> · published</span>}
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
      <caption className="sr-only">Scheduled and published stories by time slot, {timeZone} time</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          {days.map((d) => (
            <th key={d} scope="col">
              {new Intl.DateTimeFormat('en-GB', {
                weekday: 'short',
                day: 'numeric',
                month: 'short',
                timeZone: 'UTC',
              }).format(new Date(`${d}T00:00:00Z`))}
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
            <th scope="row">{slot.label}</th>
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
