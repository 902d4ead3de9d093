import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDayMonth,
  formatLocalDay,
  formatLocalInput,
  formatMonthYear,
  formatTime,
  parseTypedDateTime,
  parseTypedDay,
} from './dates';

const dhaka = 'Asia/Dhaka';
const bn = { language: 'bn' as const, timeZone: dhaka };
const en = { language: 'en' as const, timeZone: dhaka };
// 07:48 UTC is 13:48 in Dhaka (UTC+6, no daylight saving).
const at = '2025-07-23T07:48:00Z';

describe('one date style', () => {
  it('writes Dhaka time with Bengali digits and months in Bengali, the same shape in English', () => {
    expect(formatDateTime(at, bn)).toBe('২৩ জুলাই ২০২৫, ০১:৪৮ পিএম');
    expect(formatDateTime(at, en)).toBe('23 July 2025, 01:48 PM');
    expect(formatDate(at, bn)).toBe('২৩ জুলাই ২০২৫');
    expect(formatTime(at, en)).toBe('01:48 PM');
    expect(formatDayMonth(at, bn)).toBe('২৩ জুলাই');
    expect(formatMonthYear(2025, 12, 'bn')).toBe('ডিসেম্বর ২০২৫');
  });

  it('uses the newsroom zone, not the machine: 20:30 UTC is the next day in Dhaka', () => {
    expect(formatDateTime('2025-07-23T20:30:00Z', en)).toBe('24 July 2025, 02:30 AM');
    expect(formatDateTime('2025-07-23T20:30:00Z', { language: 'en', timeZone: 'UTC' })).toBe(
      '23 July 2025, 08:30 PM',
    );
  });

  it('writes midnight and noon on the 12-hour clock', () => {
    expect(formatTime('2025-07-22T18:00:00Z', bn)).toBe('১২:০০ এএম');
    expect(formatTime('2025-07-23T06:00:00Z', en)).toBe('12:00 PM');
  });

  it('says today and yesterday by the newsroom day when asked', () => {
    const now = '2025-07-23T17:00:00Z'; // 23:00 in Dhaka
    expect(formatDateTime(at, bn, { relative: true, now })).toBe('আজ, ০১:৪৮ পিএম');
    expect(formatDateTime('2025-07-22T07:48:00Z', en, { relative: true, now })).toBe('Yesterday, 01:48 PM');
    expect(formatDateTime('2025-07-20T07:48:00Z', en, { relative: true, now })).toBe(
      '20 July 2025, 01:48 PM',
    );
  });

  it('shows a field value in the same words and reads back what it shows', () => {
    const shown = formatLocalInput('2026-12-01T14:26:00', 'bn');
    expect(shown).toBe('০১ ডিসেম্বর ২০২৬, ০২:২৬ পিএম');
    expect(parseTypedDateTime(shown)).toEqual({ ok: true, local: '2026-12-01T14:26:00' });
    expect(parseTypedDateTime(formatLocalInput('2026-12-01T00:05', 'en'))).toEqual({
      ok: true,
      local: '2026-12-01T00:05:00',
    });
  });

  it('reads what a desk types in either script, 24-hour or with AM/PM', () => {
    expect(parseTypedDateTime('1 dec 2026 2:26 pm')).toEqual({ ok: true, local: '2026-12-01T14:26:00' });
    expect(parseTypedDateTime('০১ ডিসেম্বর ২০২৬, ১৪:২৬')).toEqual({ ok: true, local: '2026-12-01T14:26:00' });
    expect(parseTypedDateTime('2026-12-01T14:26')).toEqual({ ok: true, local: '2026-12-01T14:26:00' });
  });

  it('refuses what is not a date and time rather than guessing', () => {
    for (const bad of [
      '',
      'tomorrow',
      '31 February 2026, 10:00',
      '12/01/2026, 02:26:00 PM',
      '1 Dec 2026 13:00 pm',
    ])
      expect(parseTypedDateTime(bad)).toEqual({ ok: false });
  });

  it('shows a day field in the same words and reads back a day typed in either script', () => {
    expect(formatLocalDay('2025-07-23', 'bn')).toBe('২৩ জুলাই ২০২৫');
    expect(formatLocalDay('2025-07-23', 'en')).toBe('23 July 2025');
    for (const typed of ['২৩ জুলাই ২০২৫', '23 July 2025', '23 jul 2025', '2025-07-23', '২০২৫-০৭-২৩'])
      expect(parseTypedDay(typed), typed).toEqual({ ok: true, day: '2025-07-23' });
    for (const bad of ['', '07/23/2025', '31 February 2026', '23 July'])
      expect(parseTypedDay(bad), bad).toEqual({ ok: false });
  });
});
