import { describe, expect, it } from 'vitest';
import { toBengaliDigits, toLatinDigits } from './digits';

describe('toBengaliDigits', () => {
  it('maps every digit and keeps the rest', () => {
    expect(toBengaliDigits('0123456789')).toBe('০১২৩৪৫৬৭৮৯');
    expect(toBengaliDigits('01:48 PM, 2025')).toBe('০১:৪৮ PM, ২০২৫');
  });

  it('accepts numbers', () => {
    expect(toBengaliDigits(12)).toBe('১২');
    expect(toBengaliDigits(-3.5)).toBe('-৩.৫');
  });
});

describe('toLatinDigits', () => {
  it('maps every Bengali digit and keeps the rest', () => {
    expect(toLatinDigits('০১২৩৪৫৬৭৮৯')).toBe('0123456789');
    expect(toLatinDigits('১২ বিলিয়ন ডলার')).toBe('12 বিলিয়ন ডলার');
  });

  it('round-trips', () => {
    expect(toLatinDigits(toBengaliDigits('2025-07-23'))).toBe('2025-07-23');
  });
});
