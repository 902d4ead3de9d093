import { eq, sql } from 'drizzle-orm';
import type { ArticleStatus } from '../../../shared/articles/status';
import { STATUS_LABELS } from '../../../shared/articles/status';
import { AppError } from '../../../shared/errors';
import type { Tx } from '../../db/client';
import { articles } from '../../db/schema';
import { type ArticleRow, articleColumns, loadArticle } from '../articles/load-article';
import { writeAudit } from '../audit/write-audit';

/** Locks the story and refuses a change based on a version the user no longer sees. */
export async function loadForScheduleEdit(
  tx: Tx,
  params: { id: string; version: number; allowed: readonly ArticleStatus[]; what: string },
): Promise<ArticleRow> {
  const current = await loadArticle(tx, params.id, { forUpdate: true });
  if (current.version !== params.version) {
    throw new AppError('CONFLICT', {
      userMessage: `This story changed while you were looking at it (it is now ${STATUS_LABELS[current.status].toLowerCase()}). Reload to see the current version, then try again.`,
      details: { kind: 'stale_transition', version: current.version, status: current.status },
    });
  }
  if (!params.allowed.includes(current.status)) {
    throw new AppError('PRECONDITION_FAILED', {
      userMessage: `${params.what} cannot be set while the story is ${STATUS_LABELS[current.status].toLowerCase()}.`,
    });
  }
  return current;
}

/** Writes schedule fields (no status change), bumps the version and writes the audit row. */
export async function updateScheduleFields(
  tx: Tx,
  params: {
    current: ArticleRow;
    actorId: string;
    set: Partial<Pick<typeof articles.$inferInsert, 'unpublishAt' | 'embargoUntil'>>;
    audit: `article.${string}`;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  },
): Promise<ArticleRow> {
  const [row] = await tx
    .update(articles)
    .set({
      ...params.set,
      version: params.current.version + 1,
      updatedBy: params.actorId,
      updatedAt: sql`now()`,
    })
    .where(eq(articles.id, params.current.id))
    .returning(articleColumns);
  await writeAudit(tx, {
    actorId: params.actorId,
    action: params.audit,
    entityType: 'article',
    entityId: row.id,
    before: params.before,
    after: params.after,
    meta: { version: row.version },
  });
  return row;
}

export function scheduleFieldsResult(row: ArticleRow) {
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    publishAt: row.publishAt,
    unpublishAt: row.unpublishAt,
    embargoUntil: row.embargoUntil,
  };
}
