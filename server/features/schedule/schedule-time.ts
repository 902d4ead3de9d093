import { sql } from 'drizzle-orm';
import { zoneLabel } from '../../../shared/bn/dates';
import { AppError } from '../../../shared/errors';
import { parseWhen } from '../../../shared/schedule/when';
import { type DbOrTx, queryRows } from '../../db/client';

/** The database's clock: the scheduler claims by it, so verbs judge "past" by it too. */
export async function databaseNow(tx: DbOrTx): Promise<Date> {
  const [row] = await queryRows<{ now: string | Date }>(tx, sql`select now() as now`);
  return new Date(row.now);
}

/** `29 Nov 2026, 19:40` in the newsroom zone. */
export function formatInZone(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: date.getSeconds() !== 0 ? '2-digit' : undefined,
    hour12: false,
  }).format(date);
}

/** `19:40, 29 Nov 2026 Asia/Dhaka (UTC+06:00)`: a time with its zone said. */
export function describeInZone(date: Date, timeZone: string): string {
  return `${formatInZone(date, timeZone)} ${zoneLabel(timeZone, date)}`;
}

/** The instant the user chose, or a BAD_REQUEST naming the field. */
export function chosenInstant(value: string, timeZone: string, field: string): Date {
  try {
    return parseWhen(value, timeZone);
  } catch {
    throw new AppError('BAD_REQUEST', {
      userMessage: 'Choose a valid date and time.',
      fields: [{ path: field, message: 'Choose a valid date and time.' }],
    });
  }
}

/** Refuses a time that is not in the future by the database's clock. */
export function assertFuture(at: Date, now: Date, timeZone: string, field: string, what: string): void {
  if (at.getTime() > now.getTime()) return;
  const message = `${what} ${describeInZone(at, timeZone)} has already passed: it is now ${formatInZone(now, timeZone)} in ${timeZone}. Choose a later time.`;
  throw new AppError('BAD_REQUEST', { userMessage: message, fields: [{ path: field, message }] });
}
