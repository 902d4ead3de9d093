import { BN_MONTHS, type DateInput, NEWSROOM_TIME_ZONE, zonedCalendarDay } from './dates';
import { toBengaliDigits } from './digits';

/** বৈশাখ..চৈত্র, NFC. */
export const BANGLA_MONTHS: readonly string[] = Object.freeze(
  ['বৈশাখ', 'জ্যৈষ্ঠ', 'আষাঢ়', 'শ্রাবণ', 'ভাদ্র', 'আশ্বিন', 'কার্তিক', 'অগ্রহায়ণ', 'পৌষ', 'মাঘ', 'ফাল্গুন', 'চৈত্র'].map(
    (name) => name.normalize('NFC'),
  ),
);

/** The Hijri months as Bangladeshi dailies spell them (মহররম..জিলহজ), NFC. */
export const HIJRI_MONTHS: readonly string[] = Object.freeze(
  [
    'মহররম',
    'সফর',
    'রবিউল আউয়াল',
    'রবিউস সানি',
    'জমাদিউল আউয়াল',
    'জমাদিউস সানি',
    'রজব',
    'শাবান',
    'রমজান',
    'শাওয়াল',
    'জিলকদ',
    'জিলহজ',
  ].map((name) => name.normalize('NFC')),
);

/** রবিবার..শনিবার, indexed like Date.getUTCDay(). */
export const BN_WEEKDAYS: readonly string[] = Object.freeze(
  ['রবিবার', 'সোমবার', 'মঙ্গলবার', 'বুধবার', 'বৃহস্পতিবার', 'শুক্রবার', 'শনিবার'].map((name) => name.normalize('NFC')),
);

export interface CalendarDate {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

// Gregorian [month, day] on which each Bangla month begins, Boishakh first.
// Bangladesh, 2019 revision (from 1426, 14 April 2019): Boishakh..Ashwin 31 days,
// Kartik..Magh 30, Falgun 29 (30 in a Gregorian leap year), Chaitra 30. So every
// month starts on a fixed Gregorian date; only Falgun's length moves.
const REVISED_STARTS: ReadonlyArray<readonly [number, number]> = [
  [4, 14],
  [5, 15],
  [6, 15],
  [7, 16],
  [8, 16],
  [9, 16],
  [10, 17],
  [11, 16],
  [12, 16],
  [1, 15],
  [2, 14],
  [3, 15],
];
// Bangla Academy 1987 rule, in force before 14 April 2019: Boishakh..Bhadro 31,
// the rest 30, Falgun 31 in a leap year. Dailies printed these dates then.
const RULE_1987_STARTS: ReadonlyArray<readonly [number, number]> = [
  [4, 14],
  [5, 15],
  [6, 15],
  [7, 16],
  [8, 16],
  [9, 16],
  [10, 16],
  [11, 15],
  [12, 15],
  [1, 14],
  [2, 13],
  [3, 15],
];
const REVISION_FROM = Date.UTC(2019, 3, 14);
const DAY_MS = 86_400_000;

/** The Bangla (বঙ্গাব্দ) date of a Gregorian calendar day, by the rule in force on that day. */
export function gregorianToBangla({ year, month, day }: CalendarDate): CalendarDate {
  const today = Date.UTC(year, month - 1, day);
  const beforeBoishakh = month < 4 || (month === 4 && day < 14);
  const bsYear = year - (beforeBoishakh ? 594 : 593);
  const starts = today >= REVISION_FROM ? REVISED_STARTS : RULE_1987_STARTS;
  const firstGregorianYear = bsYear + 593;
  for (let index = 11; index >= 0; index--) {
    const [startMonth, startDay] = starts[index];
    const startYear = index >= 9 ? firstGregorianYear + 1 : firstGregorianYear;
    const start = Date.UTC(startYear, startMonth - 1, startDay);
    if (start <= today) return { year: bsYear, month: index + 1, day: (today - start) / DAY_MS + 1 };
  }
  throw new Error(`No Bangla month found for ${year}-${month}-${day}`);
}

/** The Bangla date of an instant in the newsroom's zone. */
export function banglaDate(date: DateInput, timeZone: string = NEWSROOM_TIME_ZONE): CalendarDate {
  return gregorianToBangla(zonedCalendarDay(date, timeZone));
}

// Bangladesh's moon-sighting committee usually starts a month a day after Saudi
// Arabia's Umm al-Qura calendar; the newsroom corrects it with an offset.
const HIJRI_CALENDARS = ['islamic-umalqura', 'islamic-civil', 'islamic'];
let hijriFormatter: Intl.DateTimeFormat | undefined;

function hijriFormat(): Intl.DateTimeFormat {
  if (hijriFormatter) return hijriFormatter;
  for (const calendar of HIJRI_CALENDARS) {
    const formatter = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    if (formatter.resolvedOptions().calendar === calendar) {
      hijriFormatter = formatter;
      return formatter;
    }
  }
  throw new Error('This JavaScript runtime has no Islamic calendar in Intl');
}

/**
 * The Hijri date of a Gregorian calendar day: the Intl Umm al-Qura calendar,
 * shifted by `offsetDays` (−1 when Bangladesh is a day behind).
 */
export function gregorianToHijri({ year, month, day }: CalendarDate, offsetDays = 0): CalendarDate {
  if (!Number.isInteger(offsetDays) || Math.abs(offsetDays) > 3) {
    throw new Error(`Hijri day offset must be a whole number of days between -3 and 3, not ${offsetDays}`);
  }
  const noon = Date.UTC(year, month - 1, day, 12) + offsetDays * DAY_MS;
  const parts: Record<string, number> = {};
  for (const part of hijriFormat().formatToParts(new Date(noon))) {
    if (part.type === 'year' || part.type === 'month' || part.type === 'day')
      parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day };
}

export interface DateLineOptions {
  timeZone?: string;
  hijriOffsetDays?: number;
  /** The dateline's place; null leaves it out. */
  place?: string | null;
}

/** `১০ অগ্রহায়ণ ১৪৩১` (or `১০ অগ্রহায়ণ`) for a Gregorian calendar day, e.g. a calendar's day header. */
export function formatBanglaDay(day: CalendarDate, { withYear = true } = {}): string {
  const bangla = gregorianToBangla(day);
  const dayMonth = `${toBengaliDigits(bangla.day)} ${BANGLA_MONTHS[bangla.month - 1]}`;
  return withYear ? `${dayMonth} ${toBengaliDigits(bangla.year)}` : dayMonth;
}

/** `১০ অগ্রহায়ণ ১৪৩১` for an instant, on its day in `timeZone`. */
export function formatBanglaDate(date: DateInput, timeZone: string = NEWSROOM_TIME_ZONE): string {
  return formatBanglaDay(zonedCalendarDay(date, timeZone));
}

/**
 * The three-calendar date line of a Bangladeshi daily's masthead:
 * `ঢাকা, সোমবার, ১০ অগ্রহায়ণ ১৪৩১, ২৫ নভেম্বর ২০২৪, ২৩ জমাদিউল আউয়াল ১৪৪৬`.
 */
export function formatThreeCalendarLine(date: DateInput, options: DateLineOptions = {}): string {
  const { timeZone = NEWSROOM_TIME_ZONE, hijriOffsetDays = 0, place = 'ঢাকা' } = options;
  const day = zonedCalendarDay(date, timeZone);
  const hijri = gregorianToHijri(day, hijriOffsetDays);
  const weekday = BN_WEEKDAYS[new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()];
  const parts = [
    weekday,
    formatBanglaDay(day),
    `${toBengaliDigits(day.day)} ${BN_MONTHS[day.month - 1]} ${toBengaliDigits(day.year)}`,
    `${toBengaliDigits(hijri.day)} ${HIJRI_MONTHS[hijri.month - 1]} ${toBengaliDigits(hijri.year)}`,
  ];
  return (place ? [place, ...parts] : parts).join(', ');
}
