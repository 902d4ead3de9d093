import { useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DateInput } from '../../shared/bn/dates';
import { NEWSROOM_TIME_ZONE, zoneLabel } from '../../shared/bn/dates';
import {
  formatDate,
  formatDateTime,
  formatDayMonth,
  formatMonthYear,
  formatTime,
  formatWeekday,
  localDigits,
} from '../../shared/i18n/dates';
import { isLanguage, type Language } from '../../shared/i18n/languages';
import { SessionContext } from '../app/session';

/** Counts in the reader's digits and grouping: ১,২৩৪ in Bengali, 1,234 in English. */
export function formatCount(n: number, language: Language): string {
  return new Intl.NumberFormat(language === 'bn' ? 'bn-BD' : 'en-GB').format(n);
}

/**
 * Dates, times and counts in the signed-in reader's language and the newsroom's zone:
 * the one way the dashboard writes them (see shared/i18n/dates.ts).
 */
export function useFormat(timeZoneOverride?: string) {
  const { i18n } = useTranslation();
  const session = useContext(SessionContext);
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'bn';
  const timeZone = timeZoneOverride ?? session?.timeZone ?? NEWSROOM_TIME_ZONE;
  return useMemo(() => formatsFor(language, timeZone), [language, timeZone]);
}

function formatsFor(language: Language, timeZone: string) {
  const style = { language, timeZone };
  return {
    language,
    timeZone,
    dateTime: (value: DateInput, options?: { relative?: boolean }) => formatDateTime(value, style, options),
    date: (value: DateInput) => formatDate(value, style),
    dayMonth: (value: DateInput) => formatDayMonth(value, style),
    time: (value: DateInput) => formatTime(value, style),
    weekday: (value: DateInput) => formatWeekday(value, style),
    monthYear: (year: number, month: number) => formatMonthYear(year, month, language),
    count: (n: number) => formatCount(n, language),
    digits: (value: string | number) => localDigits(value, language),
    /** `Asia/Dhaka (UTC+06:00)` in the reader's digits. */
    zone: (at?: DateInput) => localDigits(zoneLabel(timeZone, at), language),
  };
}
