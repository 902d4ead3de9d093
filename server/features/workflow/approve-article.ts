import type { ApproveInput } from '../../../shared/articles/transitions-schemas';
import { noticeFields } from '../../../shared/notifications/notices';
import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';
import { notifyUsers, storyPeople } from './notify';
import { announceTransition, applyTransition, loadForTransition, transitionResult } from './transition';

/** In review → approved; the story's authors and creator are told. */
export async function approveArticle({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: ApproveInput;
}) {
  const { row, notified } = await ctx.db.transaction(async (tx) => {
    const { current, to } = await loadForTransition(tx, { ...input, action: 'approve', actor: ctx.user });
    const note = input.note || undefined;
    const row = await applyTransition(tx, {
      current,
      to,
      actor: ctx.user,
      audit: 'article.approve',
      meta: { note },
    });
    const notified = await notifyUsers(tx, {
      userIds: await storyPeople(tx, row.id),
      kind: 'approved',
      articleId: row.id,
      actorId: ctx.user.id,
      ...noticeFields({
        key: note ? 'approvedNote' : 'approved',
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
