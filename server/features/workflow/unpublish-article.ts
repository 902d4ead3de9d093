import type { UnpublishInput } from '../../../shared/articles/transitions-schemas';
import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';
import { publicationDeps } from '../publication/messages';
import { unpublishStories } from '../publication/unpublish-stories';
import { announceTransition, loadForTransition, transitionResult } from './transition';

/** Published → unpublished through the publication pipeline, with the reason on record. */
export async function unpublishArticle({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: UnpublishInput;
}) {
  const row = await ctx.db.transaction(async (tx) => {
    const { current } = await loadForTransition(tx, { ...input, action: 'unpublish', actor: ctx.user });
    const [row] = await unpublishStories(tx, [current], ctx.user, publicationDeps(ctx.config), {
      reason: input.reason,
    });
    return row;
  });
  announceTransition(ctx, row, [], { outbox: true });
  return transitionResult(row);
}
