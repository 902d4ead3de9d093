import type { TransitionInput } from '../../../shared/articles/transitions-schemas';
import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';
import { announceTransition, applyTransition, loadForTransition, transitionResult } from './transition';

/** Unpublished or archived → draft, to be edited and go through review again. */
export async function reopenArticle({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: TransitionInput;
}) {
  const row = await ctx.db.transaction(async (tx) => {
    const { current, to } = await loadForTransition(tx, { ...input, action: 'reopen', actor: ctx.user });
    return applyTransition(tx, { current, to, actor: ctx.user, audit: 'article.reopen' });
  });
  announceTransition(ctx, row);
  return transitionResult(row);
}
