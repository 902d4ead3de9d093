import { z } from 'zod';
import { ZPageSize } from '../pagination';

export const ZAuditListInput = z.object({
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(100).optional(),
  actorId: z.uuid({ error: 'User filter is not a valid id.' }).optional(),
  /** ISO timestamps, inclusive from, exclusive to. */
  from: z.iso.datetime({ offset: true, error: 'From must be a date and time.' }).optional(),
  to: z.iso.datetime({ offset: true, error: 'To must be a date and time.' }).optional(),
  cursor: z.string().regex(/^\d+$/, 'Invalid page cursor.').optional(),
  limit: ZPageSize,
});
export type AuditListInput = z.infer<typeof ZAuditListInput>;
