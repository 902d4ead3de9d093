import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { tooLargeMessage } from '../../../shared/media/limits';
import { PHOTO_FILE_FIELDS } from '../../../shared/media/photo-fields';
import type { MediaUploadInput } from '../../../shared/media/schemas';
import type { MediaItem } from '../../../shared/media/types';
import { cleanText } from '../../../shared/text';
import { media } from '../../db/schema';
import { mediaStoreFor } from '../../media-store';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import {
  damaged,
  decodeImage,
  type Encoded,
  encodeBlurDataUrl,
  encodeRendition,
  firstRendition,
  inspectImage,
} from './image-processing';
import { findMediaBySha, getMedia } from './media.queries';
import { originalKey, renditionKey } from './media-keys';
import { enqueueMediaProcessing } from './media-processing';
import { mediaSearchVector } from './media-search';
import { readPhotoTexts } from './photo-metadata';

/** A file name fit to show and search: no folders, no control characters, NFC, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = cleanText(name).split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f<>]/g, '').trim();
  return Array.from(clean || 'image')
    .slice(0, 200)
    .join('');
}

/**
 * Stores an uploaded image and answers as soon as the original is safely on
 * disk and the first rendition (640 px WebP) exists; the other renditions are
 * made in the background. The same bytes uploaded again return the first item.
 */
export async function uploadMedia({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: MediaUploadInput;
}): Promise<{ media: MediaItem; duplicate: boolean }> {
  const { file } = input;
  const name = cleanFileName(file.name);
  const max = ctx.config.maxUploadBytes;
  if (file.size > max)
    throw new AppError('PAYLOAD_TOO_LARGE', { userMessage: tooLargeMessage(name, file.size, max) });
  if (file.size === 0) {
    throw new AppError('BAD_REQUEST', {
      userMessage: `“${name}” was not uploaded: the file is empty (0 bytes).`,
    });
  }
  const bytes = Buffer.from(await file.arrayBuffer());
  const image = await inspectImage(bytes, name);
  const fileTexts = await readPhotoTexts(bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  const existing = await findMediaBySha(ctx.db, sha256);
  if (existing) return { media: existing, duplicate: true };

  const store = mediaStoreFor(ctx.config);
  const plan = firstRendition(image.width);
  let first: Encoded;
  let blurDataUrl: string;
  try {
    // One decode at the first rendition's width gives it and the placeholder.
    const decoded = await decodeImage(bytes, plan.width);
    const rights = {
      creator: fileTexts.creator ?? '',
      credit: fileTexts.credit ?? '',
      copyright: fileTexts.copyright ?? '',
    };
    [first, blurDataUrl] = await Promise.all([
      encodeRendition(decoded, plan, rights),
      encodeBlurDataUrl(decoded),
    ]);
  } catch (cause) {
    throw damaged(name, image.mime, cause);
  }
  const keyOfOriginal = originalKey(sha256, image.format);
  const keyOfFirst = renditionKey(sha256, plan.width, plan.format);
  await Promise.all([store.put(keyOfOriginal, bytes), store.put(keyOfFirst, first.data)]);

  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(media)
      .values({
        sha256,
        mime: image.mime,
        width: image.width,
        height: image.height,
        bytes: bytes.length,
        originalKey: keyOfOriginal,
        originalName: name,
        blurDataUrl,
        renditions: [
          {
            key: keyOfFirst,
            format: plan.format,
            width: first.width,
            height: first.height,
            bytes: first.data.length,
          },
        ],
        caption: fileTexts.caption ?? '',
        credit: fileTexts.credit ?? '',
        creator: fileTexts.creator ?? '',
        copyright: fileTexts.copyright ?? '',
        source: fileTexts.source ?? '',
        fromFile: PHOTO_FILE_FIELDS.filter((field) => fileTexts[field] !== undefined),
        status: 'processing',
        searchVector: mediaSearchVector({
          alt: '',
          caption: fileTexts.caption ?? '',
          credit: fileTexts.credit ?? '',
          creator: fileTexts.creator,
          source: fileTexts.source,
          originalName: name,
        }),
        uploadedBy: ctx.user.id,
      })
      // Two uploads of the same bytes at once: the second finds the first's row.
      .onConflictDoNothing({ target: media.sha256 })
      .returning({ id: media.id });
    if (!row) return null;
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'media.upload',
      entityType: 'media',
      entityId: row.id,
      after: {
        name,
        mime: image.mime,
        width: image.width,
        height: image.height,
        bytes: bytes.length,
        sha256,
        ...(Object.keys(fileTexts).length ? { fromFile: fileTexts } : {}),
      },
    });
    return row.id;
  });
  if (!id) {
    const raced = await findMediaBySha(ctx.db, sha256);
    if (raced) return { media: raced, duplicate: true };
    throw new Error('media row vanished after a conflicting insert');
  }
  ctx.events.publish({ type: 'media.changed', mediaId: id });
  enqueueMediaProcessing({ db: ctx.db, store, events: ctx.events, log: ctx.log }, id);
  return { media: await getMedia(ctx.db, id), duplicate: false };
}
