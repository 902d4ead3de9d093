import type { PublishUpdateInput } from '../../../shared/articles/transitions-schemas';
import type { Context } from '../../trpc/context';
import type { SessionUser } from '../auth/sessions';
import { publicationDeps } from '../publication/messages';
import { publishUpdate } from '../publication/publish-updates';
import { databaseNow } from '../schedule/schedule-time';
import { announceTransition, loadForTransition, transitionResult } from './transition';

/**
 * Publish update: a live story's pending update becomes what readers see, with an
 * optional public note or correction. An update needs review like a first
 * publication: an editor may publish it once a reviewer wrote or approved it.
 */
export async function publishUpdateNow({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: PublishUpdateInput;
}) {
  const row = await ctx.db.transaction(async (tx) => {
    const { current } = await loadForTransition(tx, {
      id: input.id,
      version: input.version,
      action: 'publish_update',
      actor: ctx.user,
    });
    const result = await publishUpdate(tx, current, ctx.user, publicationDeps(ctx.config), {
      note: { note: input.note, correction: input.correction },
      now: await databaseNow(tx),
    });
    // A person is refused with what to fix (readinessReasons throws); this is the scheduler's branch.
    if (!('row' in result)) throw new Error('publishUpdate returned reasons for a person');
    return result.row;
  });
  announceTransition(ctx, row, [], { outbox: true });
  return transitionResult(row);
}
