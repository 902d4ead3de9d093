import type { UnpublishInput } from '../../../shared/articles/transitions-schemas';
import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';
import { announceTransition, applyTransition, loadForTransition, transitionResult } from './transition';

/** Published → unpublished, with the reason on record. `published_at` is kept for a later republication. */
export async function unpublishArticle({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: UnpublishInput;
}) {
  const row = await ctx.db.transaction(async (tx) => {
    const { current, to } = await loadForTransition(tx, { ...input, action: 'unpublish', actor: ctx.user });
    return applyTransition(tx, {
      current,
      to,
      actorId: ctx.user.id,
      audit: 'article.unpublish',
      // A pending automatic take-down has nothing left to do.
      set: { unpublishAt: null },
      meta: { reason: input.reason },
    });
  });
  announceTransition(ctx, row);
  return transitionResult(row);
}
