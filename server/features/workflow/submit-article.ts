import type { SubmitInput } from '../../../shared/articles/transitions-schemas';
import { noticeFields } from '../../../shared/notifications/notices';
import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';
import { notifyUsers, reviewers } from './notify';
import { announceTransition, applyTransition, loadForTransition, transitionResult } from './transition';

/** Draft or changes requested → in review, with an optional note; every reviewer is told. */
export async function submitArticle({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: SubmitInput;
}) {
  const { row, notified } = await ctx.db.transaction(async (tx) => {
    const { current, to } = await loadForTransition(tx, { ...input, action: 'submit', actor: ctx.user });
    const note = input.note || undefined;
    const row = await applyTransition(tx, {
      current,
      to,
      actor: ctx.user,
      audit: 'article.submit',
      meta: { note, resubmitted: current.status === 'changes_requested' },
    });
    const notified = await notifyUsers(tx, {
      userIds: await reviewers(tx),
      kind: 'submitted',
      articleId: row.id,
      actorId: ctx.user.id,
      ...noticeFields({
        key: note ? 'submittedNote' : 'submitted',
        name: ctx.user.name,
        headline: row.headline,
        note: note || undefined,
      }),
    });
    return { row, notified };
  });
  announceTransition(ctx, row, notified);
  return transitionResult(row);
}
