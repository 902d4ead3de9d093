import { eq, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { ArticleStatus } from '../../../shared/articles/status';
import { type ArticleAction, checkTransition } from '../../../shared/articles/transitions';
import { AppError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import type { Tx } from '../../db/client';
import { articles, users } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { type ArticleRow, articleColumns, loadArticle } from '../articles/load-article';
import { writeAudit } from '../audit/write-audit';
import { publishNotified } from './notify';

export interface Actor {
  id: string;
  role: Role;
}

/**
 * Locks the story, refuses a transition based on a version the user no longer
 * sees (CONFLICT: someone acted first), then asks the status machine.
 */
export async function loadForTransition(
  tx: Tx,
  params: { id: string; version?: number; action: ArticleAction; actor: Actor },
): Promise<{ current: ArticleRow; to: ArticleStatus }> {
  const current = await loadArticle(tx, params.id, { forUpdate: true });
  if (params.version !== undefined && current.version !== params.version) {
    const [who] = current.updatedBy
      ? await tx.select({ name: users.name }).from(users).where(eq(users.id, current.updatedBy))
      : [];
    throw new AppError('CONFLICT', {
      userMessage: `${who?.name ?? 'Someone'} changed this story while you were looking at it (it is now ${current.status.replace(/_/g, ' ')}). Reload to see the current version, then try again.`,
      details: { kind: 'stale_transition', version: current.version, status: current.status },
    });
  }
  const check = checkTransition(current.status, params.actor.role, params.action);
  if (!check.ok) {
    throw new AppError(check.reason === 'role' ? 'FORBIDDEN' : 'PRECONDITION_FAILED', {
      userMessage: check.message,
      details: { kind: 'transition', status: current.status },
    });
  }
  return { current, to: check.to };
}

/** Moves the story to `to`, bumps its version and writes the audit row, in `tx`. */
export async function applyTransition(
  tx: Tx,
  params: {
    current: ArticleRow;
    to: ArticleStatus;
    actorId: string | null;
    audit: `article.${string}`;
    set?: PgUpdateSetSource<typeof articles>;
    meta?: Record<string, unknown>;
  },
): Promise<ArticleRow> {
  const { current, to } = params;
  const [row] = await tx
    .update(articles)
    .set({
      ...params.set,
      status: to,
      statusChangedAt: sql`now()`,
      version: current.version + 1,
      ...(params.actorId ? { updatedBy: params.actorId } : {}),
      updatedAt: sql`now()`,
    })
    .where(eq(articles.id, current.id))
    .returning(articleColumns);
  await writeAudit(tx, {
    actorId: params.actorId,
    action: params.audit,
    entityType: 'article',
    entityId: current.id,
    before: { status: current.status },
    after: { status: to },
    meta: { version: row.version, ...params.meta },
  });
  return row;
}

export function transitionResult(row: ArticleRow) {
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    statusChangedAt: row.statusChangedAt,
    publishedAt: row.publishedAt,
    slug: row.slug,
  };
}
export type TransitionResult = ReturnType<typeof transitionResult>;

/** After commit: tell open dashboards the story moved, and ring the bells of those notified. */
export function announceTransition(ctx: Context, row: ArticleRow, notified: string[] = []): void {
  ctx.events.publish({
    type: 'article.changed',
    articleId: row.id,
    status: row.status,
    version: row.version,
  });
  publishNotified(ctx.events, notified);
}
