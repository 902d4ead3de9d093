import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

describe('list cursors', () => {
  it('round-trips a position', () => {
    const cursor = { at: '2025-07-23T07:48:00.123456Z', id: '0b5a3f2e-8c1d-4e6f-9a7b-1c2d3e4f5a6b' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('refuses anything that is not one of ours', () => {
    expect(decodeCursor('')).toBeNull();
    expect(decodeCursor('not base64!')).toBeNull();
    expect(decodeCursor(Buffer.from('2025-07-23|x').toString('base64url'))).toBeNull();
    expect(
      decodeCursor(Buffer.from("2025-07-23T07:48:00.000000Z|1' or 1=1").toString('base64url')),
    ).toBeNull();
    expect(decodeCursor('a'.repeat(300))).toBeNull();
  });
});
