import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';
import { publicationDeps } from '../publication/messages';
import { publishStories } from '../publication/publish-stories';
import { databaseNow } from '../schedule/schedule-time';
import { announceTransition, loadForTransition, type TransitionResult, transitionResult } from './transition';

export interface PublishArticleInput {
  id: string;
  /** The version the user saw; a publish based on an older one is refused (CONFLICT). */
  baseVersion?: number;
}

/**
 * Publishes a story now, through the publication pipeline: the status machine must
 * allow it for the user's role (approved or schedule_failed → published; republishing
 * an unpublished story needs a reviewer), then the embargo and the checklist. Keeps
 * the first `published_at` on republication, freezes the slug, and queues the same
 * side effects as a scheduled publication (live event, cache, webhook, notifications).
 */
export async function publishArticle({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: PublishArticleInput;
}): Promise<TransitionResult> {
  const row = await ctx.db.transaction(async (tx) => {
    const { current } = await loadForTransition(tx, {
      id: input.id,
      version: input.baseVersion,
      action: 'publish',
      actor: ctx.user,
    });
    const { published } = await publishStories(tx, [current], ctx.user, publicationDeps(ctx.config), {
      now: await databaseNow(tx),
    });
    return published[0];
  });
  announceTransition(ctx, row, [], { outbox: true });
  return transitionResult(row);
}
