import type { ArticleStatus } from '../../../shared/articles/status';
import { STATUS_LABELS } from '../../../shared/articles/status';
import { AppError } from '../../../shared/errors';
import type { Tx } from '../../db/client';
import type { articles } from '../../db/schema';
import type { ArticleRow } from '../articles/load-article';
import { type Actor, lockStory, writeStory } from '../articles/write-story';

/** Locks the story and refuses a change based on a version the user no longer sees. */
export async function loadForScheduleEdit(
  tx: Tx,
  params: { id: string; version: number; allowed: readonly ArticleStatus[]; what: string },
): Promise<ArticleRow> {
  const current = await lockStory(tx, params.id, { baseVersion: params.version });
  if (!params.allowed.includes(current.status)) {
    throw new AppError('PRECONDITION_FAILED', {
      userMessage: `${params.what} cannot be set while the story is ${STATUS_LABELS[current.status].toLowerCase()}.`,
    });
  }
  return current;
}

/** Writes schedule fields (no status change) through the one write path. */
export async function updateScheduleFields(
  tx: Tx,
  params: {
    current: ArticleRow;
    actor: Actor;
    set: Partial<Pick<typeof articles.$inferInsert, 'unpublishAt' | 'embargoUntil'>>;
    audit: `article.${string}`;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  },
): Promise<ArticleRow> {
  return writeStory(tx, params.actor, {
    before: params.current,
    set: params.set,
    audit: { action: params.audit, before: params.before, after: params.after },
  });
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
