import { describe, expect, it } from 'vitest';
import { utcToZonedLocalInput } from '../bn/dates';
import {
  addDays,
  daySlots,
  formatCountdown,
  moveIntoSlot,
  slotIndexOf,
  weekStartKey,
  zonedDayKey,
} from './slots';
import { parseWhen, ZScheduleInput } from './when';

const DHAKA = 'Asia/Dhaka';

describe('parseWhen around midnight in Dhaka (UTC+6)', () => {
  it('reads 00:30 Dhaka as 18:30 UTC of the day before', () => {
    expect(parseWhen('2026-12-01T00:30', DHAKA).toISOString()).toBe('2026-11-30T18:30:00.000Z');
  });
  it('reads 23:59:30 Dhaka as 17:59:30 UTC of the same day', () => {
    expect(parseWhen('2026-12-31T23:59:30', DHAKA).toISOString()).toBe('2026-12-31T17:59:30.000Z');
  });
  it('keeps an instant with an offset as it is', () => {
    expect(parseWhen('2026-11-30T18:30:00Z', DHAKA).toISOString()).toBe('2026-11-30T18:30:00.000Z');
    expect(parseWhen('2026-12-01T00:30:00+06:00', DHAKA).toISOString()).toBe('2026-11-30T18:30:00.000Z');
  });
  it('round-trips through the datetime-local value', () => {
    const at = parseWhen('2027-01-01T00:00', DHAKA);
    expect(utcToZonedLocalInput(at, DHAKA)).toBe('2027-01-01T00:00');
  });
  it('refuses values that are not a time', () => {
    expect(
      ZScheduleInput.safeParse({ id: crypto.randomUUID(), version: 1, publishAt: 'tomorrow' }).success,
    ).toBe(false);
  });
});

describe('calendar slots in the newsroom zone', () => {
  it('puts 18:10 UTC in the 00:00 slot of the next Dhaka day', () => {
    const at = new Date('2026-11-30T18:10:00Z');
    expect(zonedDayKey(at, DHAKA)).toBe('2026-12-01');
    expect(slotIndexOf(at, '2026-12-01', DHAKA)).toBe(0);
    expect(slotIndexOf(at, '2026-11-30', DHAKA)).toBe(-1);
  });
  it('has 48 half-hour slots from Dhaka midnight to midnight', () => {
    const slots = daySlots('2026-12-01', DHAKA);
    expect(slots).toHaveLength(48);
    expect(slots[0].start.toISOString()).toBe('2026-11-30T18:00:00.000Z');
    expect(slots[47].end.toISOString()).toBe('2026-12-01T18:00:00.000Z');
  });
  it('moves a story into another slot keeping its minutes within the slot', () => {
    const slot = daySlots('2026-12-01', DHAKA)[28]; // 14:00
    const moved = moveIntoSlot(new Date('2026-12-01T04:05:00Z'), slot.start, DHAKA); // 10:05 Dhaka
    expect(utcToZonedLocalInput(moved, DHAKA)).toBe('2026-12-01T14:05');
  });
  it('does calendar arithmetic on day keys', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekStartKey('2026-12-03')).toBe('2026-11-30');
  });
  it('formats a countdown', () => {
    expect(formatCountdown(65_000)).toBe('1:05');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
    expect(formatCountdown(-5)).toBe('0:00');
  });
});
