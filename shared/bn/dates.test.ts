import { describe, expect, it } from 'vitest';
import {
  assertTimeZone,
  BN_MONTHS,
  endOfZonedDay,
  formatBnDate,
  formatBnDateTime,
  formatBnTime,
  formatPublishedLine,
  formatUpdatedLine,
  isValidTimeZone,
  startOfZonedDay,
  utcToZonedLocalInput,
  zonedLocalToUtc,
  zoneLabel,
} from './dates';

const iso = (d: Date) => d.toISOString();

describe('formatBnDateTime', () => {
  it('matches the seed article byline (07:48 UTC is 01:48 PM in Dhaka)', () => {
    const published = new Date('2025-07-23T07:48:00Z');
    expect(formatBnDateTime(published)).toBe('২৩ জুলাই ২০২৫, ০১:৪৮ পিএম');
    expect(formatPublishedLine(published)).toBe('প্রকাশ: ২৩ জুলাই ২০২৫, ০১:৪৮ পিএম');
    expect(formatUpdatedLine(published)).toBe('আপডেট: ২৩ জুলাই ২০২৫, ০১:৪৮ পিএম');
    expect(formatBnTime(published)).toBe('০১:৪৮ পিএম');
    expect(formatBnDate(published)).toBe('২৩ জুলাই ২০২৫');
  });

  it('accepts a timestamp and an ISO string with an offset', () => {
    expect(formatBnDateTime(Date.UTC(2025, 6, 23, 7, 48))).toBe('২৩ জুলাই ২০২৫, ০১:৪৮ পিএম');
    expect(formatBnDateTime('2025-07-23T13:48:00+06:00')).toBe('২৩ জুলাই ২০২৫, ০১:৪৮ পিএম');
  });

  it('names every month in NFC', () => {
    const expected = 'জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর'
      .normalize('NFC')
      .split(' ');
    for (let m = 0; m < 12; m++) {
      // 06:00 UTC on the 15th is noon in Dhaka, safely inside the month.
      const date = new Date(Date.UTC(2025, m, 15, 6, 0));
      expect(formatBnDate(date)).toBe(`১৫ ${expected[m]} ২০২৫`);
      expect(BN_MONTHS[m].normalize('NFC')).toBe(BN_MONTHS[m]);
    }
    // য় stays as য + nukta: U+09DF is a composition exclusion and is not NFC.
    expect(BN_MONTHS[0]).toContain('\u09af\u09bc');
    expect(BN_MONTHS[0]).not.toContain('\u09df');
  });

  it('pads the day to two digits', () => {
    expect(formatBnDate(new Date('2025-08-05T06:00:00Z'))).toBe('০৫ আগস্ট ২০২৫');
  });

  it('shows midnight as 12 AM and noon as 12 PM', () => {
    expect(formatBnTime(new Date('2025-07-22T18:00:00Z'))).toBe('১২:০০ এএম');
    expect(formatBnTime(new Date('2025-07-22T18:05:00Z'))).toBe('১২:০৫ এএম');
    expect(formatBnTime(new Date('2025-07-23T06:00:00Z'))).toBe('১২:০০ পিএম');
    expect(formatBnTime(new Date('2025-07-23T05:59:00Z'))).toBe('১১:৫৯ এএম');
    expect(formatBnTime(new Date('2025-07-23T17:59:00Z'))).toBe('১১:৫৯ পিএম');
  });

  it('moves to the next day across the UTC day boundary', () => {
    expect(formatBnDateTime(new Date('2025-07-22T17:59:00Z'))).toBe('২২ জুলাই ২০২৫, ১১:৫৯ পিএম');
    expect(formatBnDateTime(new Date('2025-07-22T18:30:00Z'))).toBe('২৩ জুলাই ২০২৫, ১২:৩০ এএম');
    expect(formatBnDateTime(new Date('2024-12-31T18:00:00Z'))).toBe('০১ জানুয়ারি ২০২৫, ১২:০০ এএম');
  });

  it('formats in another zone, following its DST', () => {
    // London is UTC+1 in July (BST) and UTC+0 in January (GMT).
    expect(formatBnDateTime(new Date('2025-07-23T07:48:00Z'), 'Europe/London')).toBe(
      '২৩ জুলাই ২০২৫, ০৮:৪৮ এএম',
    );
    expect(formatBnDateTime(new Date('2025-01-23T07:48:00Z'), 'Europe/London')).toBe(
      '২৩ জানুয়ারি ২০২৫, ০৭:৪৮ এএম',
    );
    expect(formatBnDateTime(new Date('2025-07-22T18:30:00Z'), 'UTC')).toBe('২২ জুলাই ২০২৫, ০৬:৩০ পিএম');
  });

  it('rejects bad zones and bad dates with a message saying what is wrong', () => {
    expect(() => formatBnDateTime(new Date(), 'Mars/Olympus')).toThrow(/Unknown time zone "Mars\/Olympus"/);
    expect(() => formatBnDateTime(new Date(), '')).toThrow(/non-empty IANA name/);
    expect(() => formatBnDateTime(new Date(), '+06:00')).toThrow(/offset/);
    expect(() => formatBnDateTime(new Date('nope'))).toThrow(/Invalid date/);
    expect(() => formatBnDateTime(Number.NaN)).toThrow(/Invalid date/);
    // Without Z or an offset the runtime's own zone would be used: refused.
    expect(() => formatBnDateTime('2025-07-23T13:48')).toThrow(/ISO 8601 instant with Z or an offset/);
    expect(() => formatBnDateTime(null as unknown as Date)).toThrow(/Invalid date/);
  });
});

describe('time zone validation', () => {
  it('canonicalizes known zones and rejects unknown ones', () => {
    expect(assertTimeZone('asia/dhaka')).toBe('Asia/Dhaka');
    // Not ICU's legacy alias (Asia/Calcutta), which engines disagree on.
    expect(assertTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Asia/Dacca_')).toBe(false);
    expect(isValidTimeZone(42 as unknown as string)).toBe(false);
  });
});

describe('zonedLocalToUtc / utcToZonedLocalInput', () => {
  it('converts the newsroom wall clock to UTC and back', () => {
    expect(iso(zonedLocalToUtc('2025-07-23T13:48'))).toBe('2025-07-23T07:48:00.000Z');
    expect(iso(zonedLocalToUtc('2025-07-23T13:48', 'Asia/Dhaka'))).toBe('2025-07-23T07:48:00.000Z');
    expect(utcToZonedLocalInput(new Date('2025-07-23T07:48:00Z'))).toBe('2025-07-23T13:48');
  });

  it('crosses the UTC day boundary', () => {
    expect(iso(zonedLocalToUtc('2025-07-23T00:30'))).toBe('2025-07-22T18:30:00.000Z');
    expect(utcToZonedLocalInput(new Date('2025-07-22T18:30:00Z'))).toBe('2025-07-23T00:30');
  });

  it('accepts seconds and milliseconds, and drops them on the way back', () => {
    expect(iso(zonedLocalToUtc('2025-07-23T13:48:09.5'))).toBe('2025-07-23T07:48:09.500Z');
    expect(utcToZonedLocalInput(new Date('2025-07-23T07:48:59.999Z'))).toBe('2025-07-23T13:48');
  });

  it('follows DST in Europe/London', () => {
    expect(iso(zonedLocalToUtc('2025-07-01T12:00', 'Europe/London'))).toBe('2025-07-01T11:00:00.000Z');
    expect(iso(zonedLocalToUtc('2025-01-01T12:00', 'Europe/London'))).toBe('2025-01-01T12:00:00.000Z');
    expect(utcToZonedLocalInput(new Date('2025-07-01T11:00:00Z'), 'Europe/London')).toBe('2025-07-01T12:00');
  });

  it('moves a wall time skipped by spring-forward past the gap', () => {
    // 2025-03-30 01:00 GMT → 02:00 BST: 01:30 never happens; it becomes 02:30 BST.
    expect(iso(zonedLocalToUtc('2025-03-30T01:30', 'Europe/London'))).toBe('2025-03-30T01:30:00.000Z');
    // 2025-03-09 02:00 EST → 03:00 EDT in New York.
    expect(iso(zonedLocalToUtc('2025-03-09T02:30', 'America/New_York'))).toBe('2025-03-09T07:30:00.000Z');
  });

  it('resolves a wall time repeated by fall-back to the earlier instant', () => {
    // 01:30 happens first in BST (00:30Z), then in GMT (01:30Z).
    expect(iso(zonedLocalToUtc('2025-10-26T01:30', 'Europe/London'))).toBe('2025-10-26T00:30:00.000Z');
    // 01:30 happens first in EDT (05:30Z), then in EST (06:30Z).
    expect(iso(zonedLocalToUtc('2025-11-02T01:30', 'America/New_York'))).toBe('2025-11-02T05:30:00.000Z');
  });

  it('rejects malformed and impossible input', () => {
    expect(() => zonedLocalToUtc('2025-07-23 13:48')).toThrow(/expected YYYY-MM-DDTHH:mm/);
    expect(() => zonedLocalToUtc('2025-07-23T13:48Z')).toThrow(/expected YYYY-MM-DDTHH:mm/);
    expect(() => zonedLocalToUtc('')).toThrow(/expected YYYY-MM-DDTHH:mm/);
    expect(() => zonedLocalToUtc('২০২৫-০৭-২৩T১৩:৪৮')).toThrow(/expected YYYY-MM-DDTHH:mm/);
    expect(() => zonedLocalToUtc('2025-02-29T10:00')).toThrow(/day must be 01-28/);
    expect(() => zonedLocalToUtc('2024-02-30T10:00')).toThrow(/day must be 01-29/);
    expect(() => zonedLocalToUtc('2025-13-01T10:00')).toThrow(/month must be 01-12/);
    expect(() => zonedLocalToUtc('2025-07-23T24:00')).toThrow(/hour must be 00-23/);
    expect(() => zonedLocalToUtc('2025-07-23T13:60')).toThrow(/minute must be 00-59/);
    expect(() => zonedLocalToUtc('0999-07-23T13:48')).toThrow(/year must be between/);
    expect(() => zonedLocalToUtc('2025-07-23T13:48', 'Nowhere/City')).toThrow(/Unknown time zone/);
    expect(() => utcToZonedLocalInput(new Date(Number.NaN))).toThrow(/Invalid date/);
  });

  it('round-trips every quarter hour of a DST-change day in London', () => {
    for (let t = Date.UTC(2025, 9, 25, 22); t < Date.UTC(2025, 9, 27); t += 15 * 60_000) {
      const local = utcToZonedLocalInput(new Date(t), 'Europe/London');
      const back = zonedLocalToUtc(local, 'Europe/London');
      expect(utcToZonedLocalInput(back, 'Europe/London')).toBe(local);
    }
  });
});

describe('zoneLabel', () => {
  it('shows the canonical name and the offset at that date', () => {
    expect(zoneLabel('Asia/Dhaka', new Date('2025-07-23T07:48:00Z'))).toBe('Asia/Dhaka (UTC+06:00)');
    expect(zoneLabel('asia/dhaka', new Date('2025-07-23T07:48:00Z'))).toBe('Asia/Dhaka (UTC+06:00)');
    expect(zoneLabel('Europe/London', new Date('2025-07-01T00:00:00Z'))).toBe('Europe/London (UTC+01:00)');
    expect(zoneLabel('Europe/London', new Date('2025-01-01T00:00:00Z'))).toBe('Europe/London (UTC+00:00)');
    expect(zoneLabel('America/St_Johns', new Date('2025-01-01T00:00:00Z'))).toBe(
      'America/St_Johns (UTC-03:30)',
    );
    expect(zoneLabel('Asia/Kathmandu', new Date('2025-01-01T00:00:00Z'))).toBe('Asia/Kathmandu (UTC+05:45)');
  });

  it('defaults to Dhaka now', () => {
    expect(zoneLabel()).toBe('Asia/Dhaka (UTC+06:00)');
  });

  it('rejects an unknown zone', () => {
    expect(() => zoneLabel('Foo/Bar')).toThrow(/Unknown time zone "Foo\/Bar"/);
  });
});

describe('startOfZonedDay / endOfZonedDay', () => {
  it('bounds the Dhaka day, not the UTC day', () => {
    // 18:30Z on the 22nd is already 00:30 on the 23rd in Dhaka.
    const date = new Date('2025-07-22T18:30:00Z');
    expect(iso(startOfZonedDay(date))).toBe('2025-07-22T18:00:00.000Z');
    expect(iso(endOfZonedDay(date))).toBe('2025-07-23T17:59:59.999Z');
    expect(iso(startOfZonedDay(new Date('2025-07-22T17:59:00Z')))).toBe('2025-07-21T18:00:00.000Z');
  });

  it('handles 23- and 25-hour days in London', () => {
    const spring = new Date('2025-03-30T12:00:00Z');
    expect(iso(startOfZonedDay(spring, 'Europe/London'))).toBe('2025-03-30T00:00:00.000Z');
    expect(iso(endOfZonedDay(spring, 'Europe/London'))).toBe('2025-03-30T22:59:59.999Z');
    const autumn = new Date('2025-10-26T12:00:00Z');
    expect(iso(startOfZonedDay(autumn, 'Europe/London'))).toBe('2025-10-25T23:00:00.000Z');
    expect(iso(endOfZonedDay(autumn, 'Europe/London'))).toBe('2025-10-26T23:59:59.999Z');
  });

  it('returns plain Dates', () => {
    const start = startOfZonedDay(new Date());
    expect(Object.getPrototypeOf(start)).toBe(Date.prototype);
  });

  it('rejects an unknown zone', () => {
    expect(() => startOfZonedDay(new Date(), 'Nope')).toThrow(/Unknown time zone/);
    expect(() => endOfZonedDay(new Date(), 'Nope')).toThrow(/Unknown time zone/);
  });
});

describe('date lines of the public site', () => {
  const MONTHS = 'জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর'
    .normalize('NFC')
    .split(' ');

  it('writes every month at Dhaka midnight and noon', () => {
    for (let m = 0; m < 12; m++) {
      // Dhaka is UTC+6 all year: 18:00 UTC the day before is midnight, 06:00 UTC is noon.
      const midnight = new Date(Date.UTC(2025, m, 1, 0, 0) - 6 * 3600_000);
      const noon = new Date(Date.UTC(2025, m, 28, 6, 0));
      expect(formatPublishedLine(midnight)).toBe(`প্রকাশ: ০১ ${MONTHS[m]} ২০২৫, ১২:০০ এএম`);
      expect(formatUpdatedLine(noon)).toBe(`আপডেট: ২৮ ${MONTHS[m]} ২০২৫, ১২:০০ পিএম`);
    }
  });

  it('puts a story on the right day on both sides of the UTC day boundary', () => {
    // Just before UTC midnight is already the next morning in Dhaka ...
    expect(formatPublishedLine(new Date('2025-07-23T23:59:00Z'))).toBe('প্রকাশ: ২৪ জুলাই ২০২৫, ০৫:৫৯ এএম');
    // ... and just after it is still that morning.
    expect(formatPublishedLine(new Date('2025-07-24T00:00:00Z'))).toBe('প্রকাশ: ২৪ জুলাই ২০২৫, ০৬:০০ এএম');
    // The Dhaka day boundary (18:00 UTC), across a month and a year end.
    expect(formatPublishedLine(new Date('2025-07-31T17:59:00Z'))).toBe('প্রকাশ: ৩১ জুলাই ২০২৫, ১১:৫৯ পিএম');
    expect(formatPublishedLine(new Date('2025-07-31T18:00:00Z'))).toBe('প্রকাশ: ০১ আগস্ট ২০২৫, ১২:০০ এএম');
    expect(formatPublishedLine(new Date('2025-12-31T17:59:00Z'))).toBe('প্রকাশ: ৩১ ডিসেম্বর ২০২৫, ১১:৫৯ পিএম');
    expect(formatPublishedLine(new Date('2025-12-31T18:00:00Z'))).toBe('প্রকাশ: ০১ জানুয়ারি ২০২৬, ১২:০০ এএম');
    // Leap day.
    expect(formatPublishedLine(new Date('2024-02-28T18:30:00Z'))).toBe('প্রকাশ: ২৯ ফেব্রুয়ারি ২০২৪, ১২:৩০ এএম');
  });

  it('follows a configured zone other than Dhaka', () => {
    expect(formatPublishedLine(new Date('2025-07-23T07:48:00Z'), 'UTC')).toBe('প্রকাশ: ২৩ জুলাই ২০২৫, ০৭:৪৮ এএম');
    expect(formatPublishedLine(new Date('2025-07-23T07:48:00Z'), 'Asia/Kolkata')).toBe(
      'প্রকাশ: ২৩ জুলাই ২০২৫, ০১:১৮ পিএম',
    );
  });
});
