import { tz as inZone, TZDate, tzOffset } from '@date-fns/tz';
import { endOfDay, startOfDay } from 'date-fns';
import { toBengaliDigits } from './digits';

/** The newsroom's zone: what editors see and type unless told otherwise. */
export const NEWSROOM_TIME_ZONE = 'Asia/Dhaka';

/** January..December, NFC (so জানুয়ারি holds য + ়, not U+09DF). */
export const BN_MONTHS: readonly string[] = Object.freeze(
  [
    'জানুয়ারি',
    'ফেব্রুয়ারি',
    'মার্চ',
    'এপ্রিল',
    'মে',
    'জুন',
    'জুলাই',
    'আগস্ট',
    'সেপ্টেম্বর',
    'অক্টোবর',
    'নভেম্বর',
    'ডিসেম্বর',
  ].map((name) => name.normalize('NFC')),
);

export const BN_AM = 'এএম';
export const BN_PM = 'পিএম';

/** A Date, a millisecond timestamp, or an ISO 8601 instant with Z or an offset. */
export type DateInput = Date | number | string;

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

// An ISO string without Z/offset would be read in the process's own zone, which
// differs between browser and server: refuse it rather than guess.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;
// The value of <input type="datetime-local">: seconds and milliseconds optional.
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;
const DAY_MS = 86_400_000;

// Building a DateTimeFormat is costly; a dashboard formats hundreds of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: unknown): Intl.DateTimeFormat {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') {
    throw new Error('Time zone must be a non-empty IANA name such as "Asia/Dhaka"');
  }
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  // Newer engines accept "+06:00" as a zone; we store and show IANA names only.
  if (/^[+-]/.test(timeZone)) {
    throw new Error(`Time zone "${timeZone}" is an offset; use an IANA name such as "Asia/Dhaka"`);
  }
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
  } catch {
    throw new Error(
      `Unknown time zone "${timeZone.slice(0, 64)}": expected an IANA name such as "Asia/Dhaka"`,
    );
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

/**
 * The zone name to store and show; throws if the runtime does not know it.
 * Only the letter case is fixed (`'asia/dhaka'` → `'Asia/Dhaka'`): ICU would also
 * swap names for legacy aliases (Asia/Kolkata → Asia/Calcutta), and engines
 * disagree on that, so a name that differs beyond case is kept as given.
 */
export function assertTimeZone(timeZone: string): string {
  const resolved = formatterFor(timeZone).resolvedOptions().timeZone;
  return resolved.toLowerCase() === timeZone.toLowerCase() ? resolved : timeZone;
}

/** True when `timeZone` is an IANA name this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function toInstant(date: DateInput): Date {
  let instant: Date;
  if (date instanceof Date) instant = new Date(date.getTime());
  else if (typeof date === 'number') instant = new Date(date);
  else if (typeof date === 'string') {
    if (!ISO_INSTANT.test(date)) {
      throw new Error(
        `Invalid date "${date.slice(0, 40)}": expected an ISO 8601 instant with Z or an offset, e.g. 2025-07-23T07:48:00Z`,
      );
    }
    instant = new Date(date);
  } else throw new Error('Invalid date: expected a Date, a timestamp in milliseconds or an ISO 8601 string');
  if (Number.isNaN(instant.getTime()))
    throw new Error('Invalid date: the value does not name a point in time');
  return instant;
}

function zonedParts(date: DateInput, timeZone: string): ZonedParts {
  const formatter = formatterFor(timeZone);
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(toInstant(date))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Year, month (1-12), day, hour (0-23) and minute of the wall clock in `timeZone` at `date`. */
export function zonedWallClock(date: DateInput, timeZone: string = NEWSROOM_TIME_ZONE): ZonedParts {
  return zonedParts(date, timeZone);
}

/** The calendar day (year, month 1-12, day) that `date` falls on in `timeZone`. */
export function zonedCalendarDay(
  date: DateInput,
  timeZone: string = NEWSROOM_TIME_ZONE,
): { year: number; month: number; day: number } {
  const { year, month, day } = zonedParts(date, timeZone);
  return { year, month, day };
}

function bnDate({ year, month, day }: ZonedParts): string {
  return `${toBengaliDigits(pad2(day))} ${BN_MONTHS[month - 1]} ${toBengaliDigits(year)}`;
}

function bnTime({ hour, minute }: ZonedParts): string {
  // 12-hour clock: 00:xx is 12:xx AM and 12:xx is 12:xx PM.
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${toBengaliDigits(pad2(hour12))}:${toBengaliDigits(pad2(minute))} ${hour < 12 ? BN_AM : BN_PM}`;
}

/** `২৩ জুলাই ২০২৫, ০১:৪৮ পিএম` (Intl's bn-BD output differs, so it is built by hand). */
export function formatBnDateTime(date: DateInput, timeZone: string = NEWSROOM_TIME_ZONE): string {
  const parts = zonedParts(date, timeZone);
  return `${bnDate(parts)}, ${bnTime(parts)}`;
}

/** `২৩ জুলাই ২০২৫` */
export function formatBnDate(date: DateInput, timeZone: string = NEWSROOM_TIME_ZONE): string {
  return bnDate(zonedParts(date, timeZone));
}

/** `০১:৪৮ পিএম` */
export function formatBnTime(date: DateInput, timeZone: string = NEWSROOM_TIME_ZONE): string {
  return bnTime(zonedParts(date, timeZone));
}

/** `প্রকাশ: ২৩ জুলাই ২০২৫, ০১:৪৮ পিএম` */
export function formatPublishedLine(date: DateInput, timeZone: string = NEWSROOM_TIME_ZONE): string {
  return `প্রকাশ: ${formatBnDateTime(date, timeZone)}`;
}

/** `আপডেট: ২৩ জুলাই ২০২৫, ০১:৪৮ পিএম` */
export function formatUpdatedLine(date: DateInput, timeZone: string = NEWSROOM_TIME_ZONE): string {
  return `আপডেট: ${formatBnDateTime(date, timeZone)}`;
}

function localInputOf(instant: number, timeZone: string, withSeconds: boolean): string {
  const z = new TZDate(instant, timeZone);
  const year = z.getFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new Error(`Date is out of range: year ${year} is not between ${MIN_YEAR} and ${MAX_YEAR}`);
  }
  const minutes = `${year}-${pad2(z.getMonth() + 1)}-${pad2(z.getDate())}T${pad2(z.getHours())}:${pad2(z.getMinutes())}`;
  return withSeconds
    ? `${minutes}:${pad2(z.getSeconds())}.${String(z.getMilliseconds()).padStart(3, '0')}`
    : minutes;
}

/**
 * An instant as the value of <input type="datetime-local"> in `timeZone`:
 * `'2025-07-23T13:48'` (seconds dropped, as the input shows them).
 */
export function utcToZonedLocalInput(date: DateInput, timeZone: string = NEWSROOM_TIME_ZONE): string {
  const zone = assertTimeZone(timeZone);
  return localInputOf(toInstant(date).getTime(), zone, false);
}

/**
 * The instant at which the wall clock in `timeZone` reads `value`
 * (`'2025-07-23T13:48'`, optionally with `:ss` or `:ss.mmm`).
 * A wall time skipped when clocks go forward moves forward by the gap; one that
 * happens twice when clocks go back resolves to the earlier instant.
 */
export function zonedLocalToUtc(value: string, timeZone: string = NEWSROOM_TIME_ZONE): Date {
  const zone = assertTimeZone(timeZone);
  const match = typeof value === 'string' ? LOCAL_INPUT.exec(value) : null;
  if (!match) {
    throw new Error(
      `Invalid local date-time "${String(value).slice(0, 40)}": expected YYYY-MM-DDTHH:mm, e.g. 2025-07-23T13:48`,
    );
  }
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number);
  const second = match[6] ? Number(match[6]) : 0;
  const ms = match[7] ? Number(match[7].padEnd(3, '0')) : 0;
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new Error(`Invalid local date-time "${value}": year must be between ${MIN_YEAR} and ${MAX_YEAR}`);
  }
  if (month < 1 || month > 12) throw new Error(`Invalid local date-time "${value}": month must be 01-12`);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    throw new Error(`Invalid local date-time "${value}": day must be 01-${daysInMonth} for that month`);
  }
  if (hour > 23) throw new Error(`Invalid local date-time "${value}": hour must be 00-23`);
  if (minute > 59) throw new Error(`Invalid local date-time "${value}": minute must be 00-59`);
  if (second > 59) throw new Error(`Invalid local date-time "${value}": second must be 00-59`);

  const instant = new TZDate(year, month - 1, day, hour, minute, second, ms, zone).getTime();
  // TZDate may pick either instant of a repeated wall time; prefer the earlier,
  // as Temporal's 'compatible' disambiguation does.
  const fallBackMinutes = tzOffset(zone, new Date(instant - DAY_MS)) - tzOffset(zone, new Date(instant));
  if (fallBackMinutes > 0) {
    const earlier = instant - fallBackMinutes * 60_000;
    if (localInputOf(earlier, zone, true) === localInputOf(instant, zone, true)) return new Date(earlier);
  }
  return new Date(instant);
}

/** `'Asia/Dhaka (UTC+06:00)'`: the zone's offset at `date` (default now), for labelling inputs. */
export function zoneLabel(timeZone: string = NEWSROOM_TIME_ZONE, date: DateInput = new Date()): string {
  const zone = assertTimeZone(timeZone);
  const offset = tzOffset(zone, toInstant(date));
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${zone} (UTC${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)})`;
}

/** The first instant of the calendar day (in `timeZone`) that contains `date`. */
export function startOfZonedDay(date: DateInput, timeZone: string = NEWSROOM_TIME_ZONE): Date {
  const zone = assertTimeZone(timeZone);
  return new Date(startOfDay(toInstant(date), { in: inZone(zone) }).getTime());
}

/** The last millisecond of the calendar day (in `timeZone`) that contains `date`. */
export function endOfZonedDay(date: DateInput, timeZone: string = NEWSROOM_TIME_ZONE): Date {
  const zone = assertTimeZone(timeZone);
  return new Date(endOfDay(toInstant(date), { in: inZone(zone) }).getTime());
}
