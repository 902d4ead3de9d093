import { TZDate } from '@date-fns/tz';
import { startOfZonedDay, zonedLocalToUtc } from '../bn/dates';

export const SLOT_MINUTES = 30;

export interface Slot {
  start: Date;
  end: Date;
  /** `HH:mm` in the newsroom zone. */
  label: string;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of the newsroom-zone calendar day that holds `date`. */
export function zonedDayKey(date: Date, timeZone: string): string {
  const z = new TZDate(date.getTime(), timeZone);
  return `${z.getFullYear()}-${pad2(z.getMonth() + 1)}-${pad2(z.getDate())}`;
}

/** The first instant of the day `dayKey` (`YYYY-MM-DD`) in `timeZone`. */
export function dayStart(dayKey: string, timeZone: string): Date {
  return zonedLocalToUtc(`${dayKey}T00:00`, timeZone);
}

/** The day after `dayKey`, as a key (calendar arithmetic, not +24 h, so DST days stay whole). */
export function addDays(dayKey: string, days: number): string {
  const [y, m, d] = dayKey.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return `${next.getUTCFullYear()}-${pad2(next.getUTCMonth() + 1)}-${pad2(next.getUTCDate())}`;
}

/** Monday of the week holding `dayKey`. */
export function weekStartKey(dayKey: string): string {
  const [y, m, d] = dayKey.split('-').map(Number);
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
  return addDays(dayKey, -weekday);
}

/** The day's time slots in `timeZone`, each `SLOT_MINUTES` of wall-clock time. */
export function daySlots(dayKey: string, timeZone: string, minutes = SLOT_MINUTES): Slot[] {
  const slots: Slot[] = [];
  for (let m = 0; m < 24 * 60; m += minutes) {
    const label = `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}`;
    const endMinute = m + minutes;
    const start = zonedLocalToUtc(`${dayKey}T${label}`, timeZone);
    const end =
      endMinute >= 24 * 60
        ? dayStart(addDays(dayKey, 1), timeZone)
        : zonedLocalToUtc(`${dayKey}T${pad2(Math.floor(endMinute / 60))}:${pad2(endMinute % 60)}`, timeZone);
    slots.push({ start, end, label });
  }
  return slots;
}

/** Index of the slot of `daySlots` that holds `date`, or -1 when it is another day. */
export function slotIndexOf(date: Date, dayKey: string, timeZone: string, minutes = SLOT_MINUTES): number {
  if (zonedDayKey(date, timeZone) !== dayKey) return -1;
  const z = new TZDate(date.getTime(), timeZone);
  return Math.floor((z.getHours() * 60 + z.getMinutes()) / minutes);
}

/**
 * Moving a story to another slot keeps its minutes within the slot, so a
 * 10:05 story dropped on the 14:00 slot goes out at 14:05.
 */
export function moveIntoSlot(current: Date, slotStart: Date, timeZone: string, minutes = SLOT_MINUTES): Date {
  const z = new TZDate(current.getTime(), timeZone);
  const offsetMs = (((z.getMinutes() % minutes) * 60 + z.getSeconds()) * 1000) % (minutes * 60_000);
  return new Date(slotStart.getTime() + offsetMs);
}

export { startOfZonedDay };

/** `1:02:03` or `4:05` until `target`; `0:00` once it has passed. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${pad2(m)}:${pad2(s)}` : `${m}:${pad2(s)}`;
}
