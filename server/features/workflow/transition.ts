import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { ArticleStatus } from '../../../shared/articles/status';
import {
  type ArticleAction,
  checkTransition,
  checkUpdateAction,
  type TransitionCheck,
  type UpdateAction,
} from '../../../shared/articles/transitions';
import { AppError } from '../../../shared/errors';
import type { Tx } from '../../db/client';
import type { articles } from '../../db/schema';
import type { Context } from '../../trpc/context';
import type { ArticleRow } from '../articles/load-article';
import { type Actor, lockStory, type StoryWrite, writeStory } from '../articles/write-story';
import { publishNotified } from './notify';

export type { Actor } from '../articles/write-story';

function refuse(check: Extract<TransitionCheck, { ok: false }>, status: ArticleStatus): AppError {
  return new AppError(check.reason === 'role' ? 'FORBIDDEN' : 'PRECONDITION_FAILED', {
    userMessage: check.message,
    details: { kind: 'transition', status },
  });
}

/** The facts the status machine needs of a story's pending update. */
export function pendingFactsOf(row: ArticleRow) {
  return row.pending === null
    ? null
    : { reviewed: row.pendingReviewed, scheduled: row.pendingPublishAt !== null };
}

/**
 * Locks the story, refuses a transition based on a version the user no longer
 * sees (CONFLICT: someone acted first), then asks the status machine.
 */
export async function loadForTransition(
  tx: Tx,
  params: { id: string; version?: number; action: ArticleAction | UpdateAction; actor: Actor },
): Promise<{ current: ArticleRow; to: ArticleStatus }> {
  const current = await lockStory(tx, params.id, { baseVersion: params.version });
  const check = (params.action as string).endsWith('_update')
    ? checkUpdateAction(
        current.status,
        params.actor.role,
        params.action as UpdateAction,
        pendingFactsOf(current),
      )
    : checkTransition(current.status, params.actor.role, params.action as ArticleAction);
  if (!check.ok) throw refuse(check, current.status);
  return { current, to: check.to };
}

/** Moves the story to `to` through the one write path: new version and audit row, in `tx`. */
export async function applyTransition(
  tx: Tx,
  params: {
    current: ArticleRow;
    to: ArticleStatus;
    actor: Actor;
    audit: `article.${string}`;
    set?: PgUpdateSetSource<typeof articles>;
    meta?: Record<string, unknown>;
    outbox?: StoryWrite['outbox'];
  },
): Promise<ArticleRow> {
  const { current, to } = params;
  return writeStory(tx, params.actor, {
    before: current,
    set: { ...params.set, status: to },
    audit: {
      action: params.audit,
      before: { status: current.status },
      after: { status: to },
      meta: params.meta,
    },
    outbox: params.outbox,
  });
}

export function transitionResult(row: ArticleRow) {
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    statusChangedAt: row.statusChangedAt,
    publishedAt: row.publishedAt,
    slug: row.slug,
    pendingUpdate: row.pending !== null,
  };
}
export type TransitionResult = ReturnType<typeof transitionResult>;

/**
 * After commit: tell open dashboards the story moved, ring the bells of those
 * notified, and run the outbox now if the change queued messages.
 */
export function announceTransition(
  ctx: Context,
  row: ArticleRow,
  notified: string[] = [],
  options: { outbox?: boolean } = {},
): void {
  ctx.events.publish({
    type: 'article.changed',
    articleId: row.id,
    status: row.status,
    version: row.version,
  });
  publishNotified(ctx.events, notified);
  if (options.outbox) ctx.events.publish({ type: 'outbox.queued' });
}
