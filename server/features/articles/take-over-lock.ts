import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { loadArticle } from './load-article';
import { currentLock, forceLock } from './locks';

/** Takes the edit lock from whoever holds it; they are told at once and their editor turns read-only. */
export async function takeOverLock({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: { id: string; tabId: string };
}) {
  await ctx.db.transaction(async (tx) => {
    await loadArticle(tx, input.id, { forUpdate: true });
    const previous = await currentLock(tx, input.id);
    await forceLock(tx, input.id, ctx.user.id, input.tabId);
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'article.take_over',
      entityType: 'article',
      entityId: input.id,
      before: previous ? { holder: previous.name } : undefined,
    });
  });
  ctx.events.publish({ type: 'lock.changed', articleId: input.id });
  return currentLock(ctx.db, input.id);
}
