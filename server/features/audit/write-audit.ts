import type { DbOrTx } from '../../db/client';
import { auditLog } from '../../db/schema';

export interface AuditEntry {
  /** Null for the system (scheduler, start-up). */
  actorId: string | null;
  /** `{entity}.{verb}`: `user.invite`, `article.publish`. */
  action: `${string}.${string}`;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  meta?: unknown;
}

/**
 * Writes the audit row. Call it with the verb's transaction: if the row cannot
 * be written, the change it describes rolls back with it.
 */
export async function writeAudit(tx: DbOrTx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    meta: entry.meta ?? null,
  });
}
