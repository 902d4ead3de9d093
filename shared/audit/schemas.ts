import { z } from 'zod';
import { ZCursorText, ZPageSize } from '../pagination';
import { dateTimeField, textField } from '../text';

export const ZAuditListInput = z.object({
  entityType: textField('Kind of record', { max: 40 }).optional(),
  entityId: textField('Record', { max: 100 }).optional(),
  actorId: z.uuid({ error: 'User filter is not a valid id.' }).optional(),
  /** ISO timestamps, inclusive from, exclusive to. */
  from: dateTimeField('From').optional(),
  to: dateTimeField('To').optional(),
  cursor: ZCursorText.optional(),
  limit: ZPageSize,
});
export type AuditListInput = z.infer<typeof ZAuditListInput>;
