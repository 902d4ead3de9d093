import {
  BN_AM,
  BN_MONTHS,
  BN_PM,
  type DateInput,
  type ZonedParts,
  zonedCalendarDay,
  zonedWallClock,
} from '../bn/dates';
import { toBengaliDigits, toLatinDigits } from '../bn/digits';
import type { Language } from './languages';

/**
 * The dashboard's one way to write time: the newsroom's zone, the reader's language,
 * one shape in both: `২৩ জুলাই ২০২৫, ০১:৪৮ পিএম` / `23 July 2025, 01:48 PM`.
 * Every list, panel, field and log formats through here, never through the browser's locale.
 */

export const EN_MONTHS: readonly string[] = Object.freeze([
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);

const WORDS = {
  bn: { am: BN_AM, pm: BN_PM, today: 'আজ', yesterday: 'গতকাল', tomorrow: 'আগামীকাল', months: BN_MONTHS },
  en: { am: 'AM', pm: 'PM', today: 'Today', yesterday: 'Yesterday', tomorrow: 'Tomorrow', months: EN_MONTHS },
} as const;

export interface DateStyle {
  language: Language;
  timeZone: string;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Digits in the reader's script: ০-৯ in Bengali, 0-9 in English. */
export function localDigits(value: string | number, language: Language): string {
  return language === 'bn' ? toBengaliDigits(value) : String(value);
}

type WallClock = ZonedParts;

const wallClock = (value: DateInput, timeZone: string): WallClock => zonedWallClock(value, timeZone);

function dateWords({ year, month, day }: WallClock, language: Language, withYear = true): string {
  const text = `${pad2(day)} ${WORDS[language].months[month - 1]}${withYear ? ` ${year}` : ''}`;
  return localDigits(text, language);
}

function timeWords({ hour, minute }: WallClock, language: Language): string {
  // 12-hour clock: 00:xx is 12:xx AM and 12:xx is 12:xx PM.
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  const words = WORDS[language];
  return `${localDigits(`${pad2(hour12)}:${pad2(minute)}`, language)} ${hour < 12 ? words.am : words.pm}`;
}

function dayNumber({ year, month, day }: { year: number; month: number; day: number }): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/**
 * `২৩ জুলাই ২০২৫, ০১:৪৮ পিএম`; with `relative`, a time today or yesterday reads
 * `আজ, ০১:৪৮ পিএম` / `গতকাল, …` (lists and logs, where the day is what matters).
 */
export function formatDateTime(
  value: DateInput,
  style: DateStyle,
  options: { relative?: boolean; now?: DateInput } = {},
): string {
  const clock = wallClock(value, style.timeZone);
  const time = timeWords(clock, style.language);
  if (options.relative) {
    const today = dayNumber(zonedCalendarDay(options.now ?? new Date(), style.timeZone));
    const diff = today - dayNumber(clock);
    const words = WORDS[style.language];
    if (diff === 0) return `${words.today}, ${time}`;
    if (diff === 1) return `${words.yesterday}, ${time}`;
    if (diff === -1) return `${words.tomorrow}, ${time}`;
  }
  return `${dateWords(clock, style.language)}, ${time}`;
}

/** `২৩ জুলাই ২০২৫` */
export function formatDate(value: DateInput, style: DateStyle): string {
  return dateWords(wallClock(value, style.timeZone), style.language);
}

/** `২৩ জুলাই` (calendar cells, chart ticks: the year is said elsewhere). */
export function formatDayMonth(value: DateInput, style: DateStyle): string {
  return dateWords(wallClock(value, style.timeZone), style.language, false);
}

const WEEKDAYS = {
  bn: ['রবিবার', 'সোমবার', 'মঙ্গলবার', 'বুধবার', 'বৃহস্পতিবার', 'শুক্রবার', 'শনিবার'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

/** `বুধবার` / `Wednesday`: the newsroom day's name. */
export function formatWeekday(value: DateInput, style: DateStyle): string {
  const { year, month, day } = wallClock(value, style.timeZone);
  return WEEKDAYS[style.language][new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
}

/** `০১:৪৮ পিএম` */
export function formatTime(value: DateInput, style: DateStyle): string {
  return timeWords(wallClock(value, style.timeZone), style.language);
}

/** `জুলাই ২০২৫`: a calendar's month heading, from a zoned year and month (1-12). */
export function formatMonthYear(year: number, month: number, language: Language): string {
  return localDigits(`${WORDS[language].months[month - 1]} ${year}`, language);
}

/** The value for a date-time field: the same words, with the wall clock of `YYYY-MM-DDTHH:mm[:ss]`. */
export function formatLocalInput(local: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) return '';
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  const clock = { year, month, day, hour, minute };
  return `${dateWords(clock, language)}, ${timeWords(clock, language)}`;
}

/** The value for a day field: the same words as every date, from `YYYY-MM-DD`. */
export function formatLocalDay(day: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return '';
  const [year, month, dayOfMonth] = m.slice(1).map(Number);
  return dateWords({ year, month, day: dayOfMonth, hour: 0, minute: 0 }, language);
}

const MONTH_INDEX = new Map<string, number>();
for (const [i, name] of BN_MONTHS.entries()) MONTH_INDEX.set(name, i + 1);
for (const [i, name] of EN_MONTHS.entries()) {
  MONTH_INDEX.set(name.toLowerCase(), i + 1);
  MONTH_INDEX.set(name.slice(0, 3).toLowerCase(), i + 1);
}
// Spellings a desk types: সেপ্টেম্বর without the hasanta, জানুয়ারী with a long ী.
for (const [alias, month] of [
  ['জানুয়ারী', 1],
  ['ফেব্রুয়ারী', 2],
  ['sept', 9],
] as const)
  MONTH_INDEX.set(alias.normalize('NFC'), month);

const TYPED =
  /^(\d{1,2})\s*[ .-]?\s*(\p{L}[\p{L}\p{M}]*)\.?\s*,?\s*(\d{4})\s*,?\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(am|pm|এএম|পিএম)?$/iu;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

export type ParsedLocal = { ok: true; local: string } | { ok: false };

/**
 * What a person typed into a date-time field, as `YYYY-MM-DDTHH:mm:ss` wall time:
 * `২৩ জুলাই ২০২৫, ০১:৪৮ পিএম`, `23 July 2025, 13:48`, `23 jul 2025 1:48 pm` or
 * `2025-07-23T13:48`, in either script. The zone is the newsroom's, said beside the field.
 */
export function parseTypedDateTime(text: string): ParsedLocal {
  const clean = toLatinDigits(text.normalize('NFC').trim()).replace(/\s+/g, ' ');
  let year: number;
  let month: number;
  let day: number;
  let hour: number;
  let minute: number;
  let second = 0;
  const iso = ISO_LOCAL.exec(clean);
  if (iso) {
    [year, month, day, hour, minute] = iso.slice(1, 6).map(Number);
    second = iso[6] ? Number(iso[6]) : 0;
  } else {
    const m = TYPED.exec(clean);
    if (!m) return { ok: false };
    const found = MONTH_INDEX.get(m[2].toLowerCase());
    if (!found) return { ok: false };
    month = found;
    day = Number(m[1]);
    year = Number(m[3]);
    hour = Number(m[4]);
    minute = Number(m[5]);
    second = m[6] ? Number(m[6]) : 0;
    const meridiem = m[7]?.toLowerCase();
    if (meridiem) {
      if (hour < 1 || hour > 12) return { ok: false };
      const pm = meridiem === 'pm' || meridiem === 'পিএম';
      hour = (hour % 12) + (pm ? 12 : 0);
    }
  }
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return { ok: false };
  if (hour > 23 || minute > 59 || second > 59 || year < 1000 || year > 9999) return { ok: false };
  return {
    ok: true,
    local: `${year}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}`,
  };
}

const TYPED_DAY = /^(\d{1,2})\s*[ .-]?\s*(\p{L}[\p{L}\p{M}]*)\.?\s*,?\s*(\d{4})$/u;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export type ParsedDay = { ok: true; day: string } | { ok: false };

/**
 * What a person typed into a day field, as `YYYY-MM-DD`: `২৩ জুলাই ২০২৫`, `23 July 2025`,
 * `23 jul 2025` or `2025-07-23`, in either script.
 */
export function parseTypedDay(text: string): ParsedDay {
  const clean = toLatinDigits(text.normalize('NFC').trim()).replace(/\s+/g, ' ');
  let parts: [number, number, number] | null = null;
  const iso = ISO_DAY.exec(clean);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    const m = TYPED_DAY.exec(clean);
    const month = m ? MONTH_INDEX.get(m[2].toLowerCase()) : undefined;
    if (m && month) parts = [Number(m[3]), month, Number(m[1])];
  }
  if (!parts) return { ok: false };
  const [year, month, day] = parts;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || year < 1000 || year > 9999)
    return { ok: false };
  return { ok: true, day: `${year}-${pad2(month)}-${pad2(day)}` };
}
