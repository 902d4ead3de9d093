import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../shared/errors';
import { STALE_CURSOR_MESSAGE } from '../../shared/pagination';
import { isCleanText } from '../../shared/text';

/**
 * THE keyset cursor codec, for every list, public and staff. A cursor is
 * base64url(JSON [version, list, key]): the list's name keeps a cursor of one list
 * (or of one sort) out of another, and each list declares its key with zod, so a
 * forged key (a day not in the calendar, a year PostgreSQL cannot store, a number out
 * of range, text PostgreSQL refuses) is a 400 "This page link is no longer valid"
 * and never reaches a query.
 */
const VERSION = 1;
const MAX_LENGTH = 2000;

export class StaleCursorError extends AppError {
  constructor() {
    super('BAD_REQUEST', { message: 'stale or forged keyset cursor', userMessage: STALE_CURSOR_MESSAGE });
  }
}

// YYYY-MM-DDTHH:MM:SS.ffffffZ as PostgreSQL prints it (to_char ... 'US'), years 1000-9999.
const TIMESTAMP = /^([1-9]\d{3})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)\.\d{6}Z$/;

function isCalendarDay(value: string): boolean {
  const match = TIMESTAMP.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Key parts the lists are made of. */
export const cursorKey = {
  /** A timestamptz to the microsecond, UTC. */
  timestamp: z.string().refine(isCalendarDay),
  uuid: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  /** A bigint id PostgreSQL can hold and JavaScript can count exactly. */
  id: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  /** A float4 rank as PostgreSQL printed it (kept as text so no digit is lost). */
  rank: z
    .string()
    .max(40)
    .refine((value) => /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value) && Math.abs(Number(value)) <= 1e30),
  /** Text that the text rule accepts as it is, so PostgreSQL accepts it too. */
  text: (max: number) => z.string().max(max).refine(isCleanText),
};

export interface CursorCodec<Key> {
  encode(key: Key): string;
  /** The key, or a StaleCursorError (400) for anything that is not a cursor of this list. */
  decode(raw: string): Key;
  /** The key, or null: for public routes that answer their own 400. */
  tryDecode(raw: string): Key | null;
}

export function defineCursor<S extends z.ZodType>(list: string, key: S): CursorCodec<z.output<S>> {
  const shape = z.tuple([z.literal(VERSION), z.literal(list), key]);
  const tryDecode = (raw: string): z.output<S> | null => {
    if (typeof raw !== 'string' || raw.length > MAX_LENGTH || !/^[A-Za-z0-9_-]*$/.test(raw)) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    const result = shape.safeParse(parsed);
    return result.success ? (result.data[2] as z.output<S>) : null;
  };
  return {
    encode: (value) => Buffer.from(JSON.stringify([VERSION, list, value])).toString('base64url'),
    tryDecode,
    decode(raw) {
      const value = tryDecode(raw);
      if (value === null) throw new StaleCursorError();
      return value;
    },
  };
}

/** A timestamptz as a cursor key: microseconds, UTC (a JS Date would round to ms and skip rows). */
export function cursorTimestamp(column: SQLWrapper): SQL<string> {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}
