import type { TransitionInput } from '../../../shared/articles/transitions-schemas';
import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';
import { announceTransition, applyTransition, loadForTransition, transitionResult } from './transition';

/** Puts a story that is not live away: its content is frozen until someone reopens it. */
export async function archiveArticle({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: TransitionInput;
}) {
  const row = await ctx.db.transaction(async (tx) => {
    const { current, to } = await loadForTransition(tx, { ...input, action: 'archive', actor: ctx.user });
    return applyTransition(tx, {
      current,
      to,
      actor: ctx.user,
      audit: 'article.archive',
      set: { publishAt: null, scheduleError: null },
    });
  });
  announceTransition(ctx, row);
  return transitionResult(row);
}
