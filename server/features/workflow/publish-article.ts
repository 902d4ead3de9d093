import { sql } from 'drizzle-orm';
import type { ArticleStatus } from '../../../shared/articles/status';
import { AppError } from '../../../shared/errors';
import type { Tx } from '../../db/client';
import type { Context } from '../../trpc/context';
import { authorIdsOf } from '../articles/index-references';
import { type ArticleRow, loadArticle } from '../articles/load-article';
import { recordRevision } from '../articles/revisions';
import { snapshotOf } from '../articles/snapshot';
import { assertNotEmbargoed } from '../schedule/embargo';
import { assertChecklist } from './checklist';
import {
  announceTransition,
  applyTransition,
  loadForTransition,
  type TransitionResult,
  transitionResult,
} from './transition';

/** What the scheduler (no signed-in user) may publish: a due scheduled story. */
const SYSTEM_PUBLISH_FROM: readonly ArticleStatus[] = ['scheduled', 'approved', 'schedule_failed'];

export interface PublishArticleInput {
  id: string;
  /** The version the user saw; a publish based on an older one is refused (CONFLICT). */
  baseVersion?: number;
}

async function loadForSystemPublish(tx: Tx, input: PublishArticleInput): Promise<ArticleRow> {
  const current = await loadArticle(tx, input.id, { forUpdate: true });
  if (input.baseVersion !== undefined && current.version !== input.baseVersion) {
    throw new AppError('CONFLICT', {
      userMessage: 'The story changed before it could be published.',
      details: { kind: 'stale_transition', version: current.version, status: current.status },
    });
  }
  if (!SYSTEM_PUBLISH_FROM.includes(current.status)) {
    throw new AppError('PRECONDITION_FAILED', {
      userMessage: `The story is ${current.status.replace(/_/g, ' ')}, not ready to publish.`,
    });
  }
  return current;
}

/**
 * Publishes a story now: the checklist must pass, the status machine must allow it
 * for the user's role (approved or schedule_failed → published; republishing an
 * unpublished story needs a reviewer). Keeps the first `published_at` on
 * republication, freezes the slug, records a `publish` revision and the audit row.
 *
 * With `ctx.user` null the caller is the system (the scheduler publishing a due story).
 * `tx` lets the scheduler run this inside its own transaction; events are then
 * the caller's to publish after commit.
 */
export async function publishArticle({
  ctx,
  input,
  tx: outerTx,
}: {
  ctx: Context;
  input: PublishArticleInput;
  tx?: Tx;
}): Promise<TransitionResult> {
  const run = async (tx: Tx) => {
    const current = ctx.user
      ? (
          await loadForTransition(tx, {
            id: input.id,
            version: input.baseVersion,
            action: 'publish',
            actor: ctx.user,
          })
        ).current
      : await loadForSystemPublish(tx, input);
    await assertNotEmbargoed(tx, current, ctx.config.timeZone);
    await assertChecklist(tx, current.id, { article: current, publishAt: new Date() });
    const republish = current.publishedAt !== null;
    const row = await applyTransition(tx, {
      current,
      to: 'published',
      actorId: ctx.user?.id ?? null,
      audit: 'article.publish',
      set: {
        publishedAt: current.publishedAt ?? sql`now()`,
        // A story that comes back keeps its first date and shows an update line.
        ...(republish ? { publicUpdatedAt: sql`now()` } : {}),
        slugAuto: false,
        scheduleError: null,
      },
      meta: { republish, from: current.status },
    });
    await recordRevision(tx, {
      articleId: row.id,
      version: row.version,
      reason: 'publish',
      userId: ctx.user?.id ?? null,
      snapshot: snapshotOf(row, await authorIdsOf(tx, row.id)),
    });
    return row;
  };
  const row = outerTx ? await run(outerTx) : await ctx.db.transaction(run);
  if (!outerTx) announceTransition(ctx, row);
  return transitionResult(row);
}
