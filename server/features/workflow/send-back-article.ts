import type { SendBackInput } from '../../../shared/articles/transitions-schemas';
import { noticeFields } from '../../../shared/notifications/notices';
import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';
import { notifyUsers, storyPeople } from './notify';
import { announceTransition, applyTransition, loadForTransition, transitionResult } from './transition';

/** In review or approved → changes requested, with a note saying what to change; the authors are told. */
export async function sendBackArticle({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: SendBackInput;
}) {
  const { row, notified } = await ctx.db.transaction(async (tx) => {
    const { current, to } = await loadForTransition(tx, { ...input, action: 'send_back', actor: ctx.user });
    const row = await applyTransition(tx, {
      current,
      to,
      actor: ctx.user,
      audit: 'article.send_back',
      meta: { note: input.note },
    });
    const notified = await notifyUsers(tx, {
      userIds: await storyPeople(tx, row.id),
      kind: 'changes_requested',
      articleId: row.id,
      actorId: ctx.user.id,
      ...noticeFields({ key: 'sentBack', name: ctx.user.name, headline: row.headline, note: input.note }),
    });
    return { row, notified };
  });
  announceTransition(ctx, row, notified);
  return transitionResult(row);
}
