import fs from 'node:fs';
import { AppError } from '../../../shared/errors';
import { type AcceptedMime, tooLargeMessage } from '../../../shared/media/limits';
import { PHOTO_FILE_FIELDS } from '../../../shared/media/photo-fields';
import type { MediaItem } from '../../../shared/media/types';
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
  measureImage,
  sniffImageType,
} from './image-processing';
import { findMediaBySha, getMedia } from './media.queries';
import { originalKey, renditionKey } from './media-keys';
import { enqueueMediaProcessing } from './media-processing';
import { mediaSearchVector } from './media-search';
import { readPhotoTexts } from './photo-metadata';
import { type StagedFile, stageUpload } from './staged-file';
import { cleanFileName, type UploadSource } from './upload-input';

/**
 * Stores an uploaded image and answers as soon as the original is safely in the
 * store and the first rendition (640 px WebP) exists; the other renditions are
 * made in the background. The same bytes uploaded again return the first item.
 *
 * The body is staged to a temp file as it arrives (hashed, size-limited, its type
 * read from the first bytes), and sharp and exifr read from that file: memory stays
 * flat whatever the file's size. The temp file is removed whatever happens.
 */
export async function uploadMedia({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: UploadSource;
}): Promise<{ media: MediaItem; duplicate: boolean }> {
  const name = cleanFileName(input.name);
  const max = ctx.config.maxUploadBytes;
  if (input.declaredBytes !== undefined && input.declaredBytes > max)
    throw new AppError('PAYLOAD_TOO_LARGE', { userMessage: tooLargeMessage(name, input.declaredBytes, max) });
  let mime: AcceptedMime | undefined;
  const staged = await stageUpload(input.body, {
    name,
    maxBytes: max,
    dir: ctx.config.uploadTmpDir,
    sniff: async (head) => {
      mime = await sniffImageType(head, name);
    },
  });
  try {
    return await storeStagedUpload(ctx, name, staged, mime as AcceptedMime);
  } finally {
    await staged.discard();
  }
}

async function storeStagedUpload(
  ctx: Context & { user: SessionUser },
  name: string,
  staged: StagedFile,
  mime: AcceptedMime,
): Promise<{ media: MediaItem; duplicate: boolean }> {
  const { sha256 } = staged;
  const existing = await findMediaBySha(ctx.db, sha256);
  if (existing) return { media: existing, duplicate: true };
  const image = await measureImage(staged.path, name, mime);
  const fileTexts = await readPhotoTexts(staged.path);

  const store = mediaStoreFor(ctx.config);
  const plan = firstRendition(image.width);
  let first: Encoded;
  let blurDataUrl: string;
  try {
    // One decode at the first rendition's width gives it and the placeholder.
    const decoded = await decodeImage(staged.path, plan.width);
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
  // Whole files or none (the store's contract). Should the row below fail to commit, the
  // files stay for the orphan sweep: another upload of the same bytes may be using them.
  await Promise.all([
    store.put(keyOfOriginal, fs.createReadStream(staged.path)),
    store.put(keyOfFirst, first.data),
  ]);

  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(media)
      .values({
        sha256,
        mime: image.mime,
        width: image.width,
        height: image.height,
        bytes: staged.bytes,
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
        bytes: staged.bytes,
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
  enqueueMediaProcessing(
    { db: ctx.db, store, events: ctx.events, log: ctx.log, tmpDir: ctx.config.uploadTmpDir },
    id,
  );
  return { media: await getMedia(ctx.db, id), duplicate: false };
}
