import { eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import { media } from '../../db/schema';
import { mediaStoreFor } from '../../media-store';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { findMediaUses } from './media.queries';

const NAMED = 5;

/**
 * Deletes an image that no story uses. While a story uses it (lead image or a
 * figure), the refusal names those stories so the user knows where to look.
 */
export async function deleteMedia({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: { id: string };
}): Promise<{ id: string }> {
  const keys = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        originalKey: media.originalKey,
        renditions: media.renditions,
        originalName: media.originalName,
        sha256: media.sha256,
        caption: media.caption,
        credit: media.credit,
      })
      .from(media)
      .where(eq(media.id, input.id))
      .for('update');
    if (!row) throw new AppError('NOT_FOUND', { userMessage: 'This image was already deleted.' });
    const uses = (await findMediaUses(tx, [input.id])).get(input.id) ?? [];
    if (uses.length > 0) {
      const stories = [...new Map(uses.map((u) => [u.articleId, u])).values()];
      const names = stories.slice(0, NAMED).map((u) => `“${u.headline || 'Untitled story'}”`);
      const more = stories.length > NAMED ? ` and ${stories.length - NAMED} more` : '';
      throw new AppError('CONFLICT', {
        userMessage: `This image is used in ${stories.length === 1 ? 'a story' : `${stories.length} stories`}: ${names.join(', ')}${more}. Remove it from ${stories.length === 1 ? 'that story' : 'those stories'} first.`,
        details: { usedIn: uses },
      });
    }
    await tx.delete(media).where(eq(media.id, input.id));
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'media.delete',
      entityType: 'media',
      entityId: input.id,
      before: { name: row.originalName, sha256: row.sha256, caption: row.caption, credit: row.credit },
    });
    return [row.originalKey, ...row.renditions.map((r) => r.key)];
  });
  // Files go after the row is gone; a file left by a failed removal is only an orphan.
  const store = mediaStoreFor(ctx.config);
  await Promise.all(keys.map((key) => store.delete(key).catch(() => {})));
  ctx.events.publish({ type: 'media.changed', mediaId: input.id });
  return { id: input.id };
}
