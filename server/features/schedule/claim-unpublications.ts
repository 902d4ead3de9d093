import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client';
import { auditLog } from '../../db/schema';
import { enqueueOutbox, type OutboxMessage } from '../outbox/enqueue';
import type { ClaimDeps } from './claim-publications';

export interface UnpublishOutcome {
  id: string;
  unpublishAt: Date;
  latenessMs: number;
}

interface Row {
  id: string;
  slug: string;
  section_id: string | null;
  version: number;
  due_at: string | Date;
  lateness_ms: number;
}

/**
 * Scheduled unpublish (expiry): the same one-statement claim as publishing, on
 * `published` stories whose `unpublish_at` has come. The expiry is cleared so a
 * story published again is not taken straight back down.
 */
export async function claimDueUnpublications(deps: ClaimDeps, limit = 50): Promise<UnpublishOutcome[]> {
  return deps.db.transaction(async (tx) => {
    const rows = await queryRows<Row>(
      tx,
      sql`with due as (
            select id, unpublish_at from articles
            where status = 'published' and unpublish_at <= now() and deleted_at is null
            order by unpublish_at limit ${limit} for update skip locked)
          update articles a
             set status = 'unpublished', status_changed_at = now(), unpublish_at = null,
                 version = a.version + 1, updated_at = now()
            from due
           where a.id = due.id and a.status = 'published'
       returning a.id, a.slug, a.section_id, a.version, due.unpublish_at as due_at,
                 (extract(epoch from (now() - due.unpublish_at)) * 1000)::float8 as lateness_ms`,
    );
    if (rows.length === 0) return [];
    await tx.insert(auditLog).values(
      rows.map((r) => ({
        actorId: null,
        action: 'article.unpublish',
        entityType: 'article',
        entityId: r.id,
        before: { status: 'published' },
        after: { status: 'unpublished' },
        meta: {
          scheduled: true,
          unpublishAt: new Date(r.due_at).toISOString(),
          latenessMs: Math.round(Number(r.lateness_ms)),
          version: r.version,
          instance: deps.instanceId,
        },
      })),
    );
    const messages: OutboxMessage[] = rows.flatMap((r): OutboxMessage[] => [
      {
        kind: 'event',
        payload: { type: 'article.changed', articleId: r.id, status: 'unpublished', version: r.version },
      },
      {
        kind: 'cache',
        payload: { articleId: r.id, slug: r.slug, sectionId: r.section_id, reason: 'unpublished' },
      },
      ...(deps.webhookUrl
        ? [
            {
              kind: 'webhook' as const,
              payload: { event: 'article.unpublished', data: { id: r.id, slug: r.slug } },
            },
          ]
        : []),
    ]);
    await enqueueOutbox(tx, messages);
    return rows.map((r) => ({
      id: r.id,
      unpublishAt: new Date(r.due_at),
      latenessMs: Number(r.lateness_ms),
    }));
  });
}
