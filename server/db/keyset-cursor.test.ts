import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { cursorKey, defineCursor, StaleCursorError } from './keyset-cursor';

const ID = '0b5a3f2e-8c1d-4e6f-9a7b-1c2d3e4f5a6b';
const timeList = defineCursor('test.time', z.tuple([cursorKey.timestamp, cursorKey.uuid]));
const idList = defineCursor('test.id', cursorKey.id);
const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('keyset cursor codec', () => {
  it('round-trips a key', () => {
    const key: [string, string] = ['2025-07-23T07:48:00.123456Z', ID];
    expect(timeList.decode(timeList.encode(key))).toEqual(key);
    expect(idList.decode(idList.encode(42))).toBe(42);
  });

  it('is versioned and names its list: a cursor of another list or version is refused', () => {
    const other = defineCursor('test.other', z.tuple([cursorKey.timestamp, cursorKey.uuid]));
    const key: [string, string] = ['2025-07-23T07:48:00.123456Z', ID];
    expect(timeList.tryDecode(other.encode(key))).toBeNull();
    expect(timeList.tryDecode(forge([2, 'test.time', key]))).toBeNull();
    expect(timeList.tryDecode(forge([1, 'test.time', key]))).toEqual(key);
  });

  it('refuses keys that do not fit the sort: days not in the calendar, years PostgreSQL cannot store', () => {
    for (const at of [
      '2025-02-30T00:00:00.000000Z',
      '2025-13-01T00:00:00.000000Z',
      '0000-01-01T00:00:00.000000Z',
      '2023-02-29T00:00:00.000000Z',
      '2025-07-23T24:00:00.000000Z',
      '99999-01-01T00:00:00.000000Z',
      '2025-07-23',
      '',
    ]) {
      expect(timeList.tryDecode(forge([1, 'test.time', [at, ID]])), at).toBeNull();
    }
    expect(timeList.tryDecode(forge([1, 'test.time', ['2024-02-29T00:00:00.000000Z', ID]]))).not.toBeNull();
    expect(
      timeList.tryDecode(forge([1, 'test.time', ['2025-07-23T07:48:00.000000Z', "1' or 1=1"]])),
    ).toBeNull();
  });

  it('refuses numbers out of range and keys of the wrong type', () => {
    for (const key of [1e23, -1, 0, 1.5, '7', null, Number.MAX_SAFE_INTEGER + 2]) {
      expect(idList.tryDecode(forge([1, 'test.id', key])), String(key)).toBeNull();
    }
    const rank = defineCursor('test.rank', cursorKey.rank);
    expect(rank.tryDecode(rank.encode('0.0607927'))).toBe('0.0607927');
    for (const key of ['1e39', 'NaN', 'Infinity', '0x10', '1;select']) {
      expect(rank.tryDecode(forge([1, 'test.rank', key])), key).toBeNull();
    }
    const text = defineCursor('test.text', cursorKey.text(100));
    expect(text.tryDecode(forge([1, 'test.text', 'a\u0000b']))).toBeNull();
    expect(text.tryDecode(forge([1, 'test.text', '\ud800']))).toBeNull();
    expect(text.tryDecode(text.encode('‘গ্রোক’'))).toBe('‘গ্রোক’');
  });

  it('refuses what is not base64url JSON, and decode() throws the 400 with its message', () => {
    for (const raw of ['', 'not base64!', '%00', 'a'.repeat(3000), Buffer.from('{').toString('base64url')]) {
      expect(timeList.tryDecode(raw)).toBeNull();
    }
    expect(() => timeList.decode('garbage')).toThrow(StaleCursorError);
    try {
      timeList.decode('garbage');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('BAD_REQUEST');
      expect((error as AppError).userMessage).toMatch(/^This page link is no longer valid/);
    }
  });
});
