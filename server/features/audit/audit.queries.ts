import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { AuditListInput } from '../../../shared/audit/schemas';
import type { Page } from '../../../shared/pagination';
import type { DbOrTx } from '../../db/client';
import { cursorKey, defineCursor } from '../../db/keyset-cursor';
import { auditLog, users } from '../../db/schema';

export interface AuditRow {
  id: number;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  actorId: string | null;
  actorName: string | null;
  /** What the row is about, by name: the story's headline, the user's or section's name. */
  subject: string | null;
  before: unknown;
  after: unknown;
  meta: unknown;
}

const auditCursor = defineCursor('audit', cursorKey.id);

/**
 * The name of the thing a row is about, as it is now (each branch casts only ids
 * of its own kind, so 'site' and other non-uuid ids never reach a uuid cast).
 */
const subjectOf = sql<string | null>`case ${auditLog.entityType}
  when 'article' then (select a.headline from articles a where a.id = ${auditLog.entityId}::uuid)
  when 'user' then (select u.name from users u where u.id = ${auditLog.entityId}::uuid)
  when 'section' then (select s.name_bn from sections s where s.id = ${auditLog.entityId}::uuid)
  when 'media' then (select coalesce(nullif(m.caption, ''), m.original_name) from media m where m.id = ${auditLog.entityId}::uuid)
  else null end`;

/** Newest first, keyset on id (ids only grow). */
export async function listAudit(db: DbOrTx, params: AuditListInput): Promise<Page<AuditRow>> {
  const where: SQL[] = [];
  if (params.entityType) where.push(eq(auditLog.entityType, params.entityType));
  if (params.entityId) where.push(eq(auditLog.entityId, params.entityId));
  if (params.actorId) where.push(eq(auditLog.actorId, params.actorId));
  if (params.from) where.push(gte(auditLog.at, new Date(params.from)));
  if (params.to) where.push(lt(auditLog.at, new Date(params.to)));
  if (params.cursor) where.push(lt(auditLog.id, auditCursor.decode(params.cursor)));
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      actorId: auditLog.actorId,
      actorName: users.name,
      subject: subjectOf,
      before: auditLog.before,
      after: auditLog.after,
      meta: auditLog.meta,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(params.limit + 1);
  const items = rows.slice(0, params.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > params.limit && last ? auditCursor.encode(last.id) : null };
}
