import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import { deleteSession, SESSION_COOKIE } from './sessions';

export async function signOut({ ctx }: { ctx: Context }): Promise<void> {
  if (ctx.sessionId && ctx.user) {
    const { sessionId, user } = ctx;
    await ctx.db.transaction(async (tx) => {
      await deleteSession(tx, sessionId);
      await writeAudit(tx, {
        actorId: user.id,
        action: 'user.sign_out',
        entityType: 'user',
        entityId: user.id,
      });
    });
  }
  ctx.cookies.clear(SESSION_COOKIE);
}
