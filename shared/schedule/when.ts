import { z } from 'zod';
import { zonedLocalToUtc } from '../bn/dates';
import { dateTimeField, plainText, uuidField } from '../text';

// <input type="datetime-local"> value: read as wall-clock time in the newsroom zone.
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;
// An instant with Z or an offset (what the calendar sends after a drag).
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

/** A time the user chose: newsroom-local `2025-07-23T13:48` or an ISO instant. */
export const ZWhen = z
  .string({ error: 'Choose a date and time.' })
  .trim()
  .refine((v) => LOCAL.test(v) || INSTANT.test(v), 'Choose a date and time, like 2025-07-23 13:48.')
  // PostgreSQL has no year 0, and a date past 9999 is a typing slip.
  .refine((v) => /^[1-9]/.test(v), 'Choose a year from 1000 to 9999.');

/**
 * The instant a chosen time names. Local values are read in `timeZone` (the
 * newsroom's), so the browser's own zone never matters.
 */
export function parseWhen(value: string, timeZone: string): Date {
  if (LOCAL.test(value)) return zonedLocalToUtc(value, timeZone);
  const instant = new Date(value);
  if (!INSTANT.test(value) || Number.isNaN(instant.getTime())) {
    throw new Error(`Not a date and time: "${value.slice(0, 40)}"`);
  }
  return instant;
}

const ZStoryVersion = z.object({
  id: uuidField('Story'),
  /** The version the user saw: a change based on an older one is refused (CONFLICT). */
  version: z.number().int().min(1),
});

export const ZScheduleInput = ZStoryVersion.extend({ publishAt: ZWhen });
export type ScheduleInput = z.infer<typeof ZScheduleInput>;

export const ZUnscheduleInput = ZStoryVersion;
export type UnscheduleInput = z.infer<typeof ZUnscheduleInput>;

/** null clears the expiry / embargo. */
export const ZSetExpiryInput = ZStoryVersion.extend({ unpublishAt: ZWhen.nullable() });
export type SetExpiryInput = z.infer<typeof ZSetExpiryInput>;

export const ZSetEmbargoInput = ZStoryVersion.extend({ embargoUntil: ZWhen.nullable() });
export type SetEmbargoInput = z.infer<typeof ZSetEmbargoInput>;

export const ZCalendarInput = z
  .object({ from: dateTimeField('From'), to: dateTimeField('To') })
  .refine((r) => new Date(r.to).getTime() > new Date(r.from).getTime(), 'The range must end after it starts.')
  .refine(
    (r) => new Date(r.to).getTime() - new Date(r.from).getTime() <= 32 * 86_400_000,
    'Show at most a month at a time.',
  );
export type CalendarInput = z.infer<typeof ZCalendarInput>;

/** A live story's approved pending update, to go out at `publishAt` with its public note. */
export const ZScheduleUpdateInput = ZScheduleInput.extend({
  note: plainText('The update note', { max: 600 }).default(''),
  correction: z.boolean().default(false),
}).refine((input) => !input.correction || input.note.trim().length > 0, {
  message: 'A correction needs a note that tells readers what was corrected.',
  path: ['note'],
});
export type ScheduleUpdateInput = z.infer<typeof ZScheduleUpdateInput>;
