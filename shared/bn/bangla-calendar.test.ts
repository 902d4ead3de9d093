import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BN_WEEKDAYS,
  formatBanglaDate,
  formatBanglaDay,
  formatThreeCalendarLine,
  gregorianToBangla,
  gregorianToHijri,
  HIJRI_MONTHS,
} from './bangla-calendar';
import { toBengaliDigits } from './digits';

interface PrintedDate {
  gregorian: string;
  weekday: string;
  bangla: string;
  hijri: string;
  offset: number;
  source: string;
}

const printed: PrintedDate[] = readFileSync(new URL('./fixtures/printed-dates.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => {
    const [gregorian, weekday, bangla, hijri, offset, source] = line.split('\t');
    return {
      gregorian,
      weekday,
      bangla: bangla.normalize('NFC'),
      hijri: hijri.normalize('NFC'),
      offset: Number(offset),
      source,
    };
  });

const dayOf = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
};
const bangla = (iso: string) => formatBanglaDay(dayOf(iso));
const hijri = (iso: string, offset: number) => {
  const { year, month, day } = gregorianToHijri(dayOf(iso), offset);
  return `${toBengaliDigits(day)} ${HIJRI_MONTHS[month - 1]} ${toBengaliDigits(year)}`;
};

describe('dates printed by Bangladeshi dailies', () => {
  it('has at least 30 dates across years, with a source each', () => {
    expect(printed.length).toBeGreaterThanOrEqual(30);
    expect(new Set(printed.map((row) => row.gregorian.slice(0, 4))).size).toBeGreaterThanOrEqual(6);
    for (const row of printed) expect(row.source.length).toBeGreaterThan(5);
  });

  it.each(printed)('$gregorian is $bangla', (row) => {
    expect(bangla(row.gregorian)).toBe(row.bangla);
    if (row.weekday !== '-') {
      const { year, month, day } = dayOf(row.gregorian);
      expect(BN_WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]).toBe(
        row.weekday.normalize('NFC'),
      );
    }
    if (row.hijri !== '-') expect(hijri(row.gregorian, row.offset)).toBe(row.hijri);
  });
});

describe('revised Bangla calendar rule', () => {
  const monthLengths = (bsYear: number) => {
    const lengths = new Array(12).fill(0);
    const start = Date.UTC(bsYear + 593, 3, 14);
    for (let t = start; ; t += 86_400_000) {
      const d = new Date(t);
      const b = gregorianToBangla({
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
      });
      if (b.year !== bsYear) break;
      lengths[b.month - 1] = Math.max(lengths[b.month - 1], b.day);
    }
    return lengths;
  };

  it('gives Boishakh..Ashwin 31 days, Kartik..Magh and Chaitra 30, Falgun 29 in a common year', () => {
    expect(monthLengths(1431)).toEqual([31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 29, 30]);
  });

  it('gives Falgun 30 days when its February has a 29th (1430 → February 2024)', () => {
    expect(monthLengths(1430)).toEqual([31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30]);
    expect(bangla('2024-02-29')).toBe('১৬ ফাল্গুন ১৪৩০');
    expect(bangla('2024-03-14')).toBe('৩০ ফাল্গুন ১৪৩০');
    expect(bangla('2024-03-15')).toBe('১ চৈত্র ১৪৩০');
    expect(bangla('2025-03-14')).toBe('২৯ ফাল্গুন ১৪৩১');
  });

  it('keeps the national days on their fixed Bangla dates', () => {
    expect(bangla('2021-02-21')).toBe('৮ ফাল্গুন ১৪২৭');
    expect(bangla('2024-03-26')).toBe('১২ চৈত্র ১৪৩০');
    expect(bangla('2023-12-16')).toBe('১ পৌষ ১৪৩০');
  });

  it('switches rule on 14 April 2019 (1426), when the revision took effect', () => {
    expect(bangla('2019-04-13')).toBe('৩০ চৈত্র ১৪২৫');
    expect(bangla('2019-04-14')).toBe('১ বৈশাখ ১৪২৬');
    expect(bangla('2019-10-16')).toBe('৩১ আশ্বিন ১৪২৬');
    expect(bangla('2018-10-16')).toBe('১ কার্তিক ১৪২৫');
  });
});

describe('formatThreeCalendarLine', () => {
  it('prints the masthead line in Dhaka time', () => {
    // 25 Nov 2024, 00:30 in Dhaka is still 24 Nov in UTC.
    expect(formatThreeCalendarLine(new Date('2024-11-24T18:30:00Z'))).toBe(
      'ঢাকা, সোমবার, ১০ অগ্রহায়ণ ১৪৩১, ২৫ নভেম্বর ২০২৪, ২৩ জমাদিউল আউয়াল ১৪৪৬',
    );
  });

  it('applies the Hijri offset across a month boundary and can leave out the place', () => {
    // 3 Jumada al-Thani 1447 (24 Nov 2025) minus three days is 30 Jumada al-Awwal.
    expect(
      formatThreeCalendarLine(new Date('2025-11-24T06:00:00Z'), { hijriOffsetDays: -3, place: null }),
    ).toBe('সোমবার, ৯ অগ্রহায়ণ ১৪৩২, ২৪ নভেম্বর ২০২৫, ৩০ জমাদিউল আউয়াল ১৪৪৭');
  });

  it('refuses an offset that is not a small whole number', () => {
    expect(() => formatThreeCalendarLine(new Date(), { hijriOffsetDays: 0.5 })).toThrow(/whole number/);
    expect(() => formatThreeCalendarLine(new Date(), { hijriOffsetDays: 7 })).toThrow(/between -3 and 3/);
  });

  it('formats the Bangla date alone', () => {
    expect(formatBanglaDate('2024-04-13T18:00:00Z')).toBe('১ বৈশাখ ১৪৩১');
    expect(formatBanglaDay({ year: 2024, month: 12, day: 16 }, { withYear: false })).toBe('১ পৌষ');
    expect(gregorianToBangla({ year: 2024, month: 12, day: 16 })).toEqual({ year: 1431, month: 9, day: 1 });
  });
});
