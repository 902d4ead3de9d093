import { eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import type { MediaUpdateInput } from '../../../shared/media/schemas';
import type { MediaItemWithUse } from '../../../shared/media/types';
import { media, type Rendition } from '../../db/schema';
import { mediaStoreFor } from '../../media-store';
import { TAGS } from '../../site/cache-tags';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { enqueuePageInvalidation } from '../outbox/enqueue';
import { decodeImage, type Encoded, encodeSquareThumb, thumbSourceWidth } from './image-processing';
import { getMedia } from './media.queries';
import { thumbKey } from './media-keys';
import { mergeRenditions } from './media-processing';
import { mediaSearchVector } from './media-search';
import { stageStoredFile } from './staged-file';

const TEXT_FIELDS = ['alt', 'caption', 'credit', 'rightsNote', 'creator', 'copyright', 'source'] as const;

/**
 * Edits an image's texts and focal point. A new focal point gets its square
 * thumbnail at once (a new key, since served files never change).
 */
export async function updateMedia({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: MediaUpdateInput;
}): Promise<MediaItemWithUse> {
  const current = await getMedia(ctx.db, input.id);
  const focalX = input.focalX ?? current.focalX;
  const focalY = input.focalY ?? current.focalY;
  const [row] = await ctx.db
    .select({ sha: media.sha256, originalKey: media.originalKey })
    .from(media)
    .where(eq(media.id, input.id));
  let thumb: Rendition | null = null;
  if (focalX !== current.focalX || focalY !== current.focalY) {
    const store = mediaStoreFor(ctx.config);
    const original = row ? await stageStoredFile(store, row.originalKey, ctx.config.uploadTmpDir) : null;
    if (!original) {
      throw new AppError('CONFLICT', {
        userMessage: 'The original file of this image is missing, so its focal point cannot be changed.',
      });
    }
    let made: Encoded;
    try {
      made = await encodeSquareThumb(
        await decodeImage(original.path, thumbSourceWidth(current)),
        { x: focalX, y: focalY },
        {
          creator: input.creator ?? current.creator,
          credit: input.credit ?? current.credit,
          copyright: input.copyright ?? current.copyright,
        },
      );
    } finally {
      await original.discard();
    }
    const key = thumbKey(row.sha, made.width, focalX, focalY);
    await store.put(key, made.data);
    thumb = {
      key,
      format: 'webp',
      width: made.width,
      height: made.height,
      bytes: made.data.length,
      crop: 'square',
    };
  }

  await ctx.db.transaction(async (tx) => {
    const [locked] = await tx
      .select({
        alt: media.alt,
        caption: media.caption,
        credit: media.credit,
        rightsNote: media.rightsNote,
        creator: media.creator,
        copyright: media.copyright,
        source: media.source,
        fromFile: media.fromFile,
        originalName: media.originalName,
        focalX: media.focalX,
        focalY: media.focalY,
      })
      .from(media)
      .where(eq(media.id, input.id))
      .for('update');
    if (!locked)
      throw new AppError('NOT_FOUND', { userMessage: 'This image no longer exists in the library.' });
    const next = { ...locked, focalX, focalY };
    for (const field of TEXT_FIELDS) if (input[field] !== undefined) next[field] = input[field];
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of [...TEXT_FIELDS, 'focalX', 'focalY'] as const) {
      if (next[key] !== locked[key]) {
        before[key] = locked[key];
        after[key] = next[key];
      }
    }
    if (Object.keys(after).length === 0) return;
    // A text a person changed is theirs now, no longer "from the file".
    const fromFile = locked.fromFile.filter((field) => !(field in after));
    await tx
      .update(media)
      .set({
        alt: next.alt,
        caption: next.caption,
        credit: next.credit,
        rightsNote: next.rightsNote,
        creator: next.creator,
        copyright: next.copyright,
        source: next.source,
        fromFile,
        focalX: next.focalX,
        focalY: next.focalY,
        searchVector: mediaSearchVector(next),
        updatedAt: new Date(),
      })
      .where(eq(media.id, input.id));
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'media.update',
      entityType: 'media',
      entityId: input.id,
      before,
      after,
    });
    // Captions, credits and alt text are on every public page that shows the image.
    await enqueuePageInvalidation(tx, 'media', [TAGS.media(input.id)]);
  });
  ctx.events.publish({ type: 'outbox.queued' });
  if (thumb) await mergeRenditions(ctx.db, input.id, [thumb]);
  ctx.events.publish({ type: 'media.changed', mediaId: input.id });
  return getMedia(ctx.db, input.id);
}
