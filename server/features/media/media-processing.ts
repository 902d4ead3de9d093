import { eq } from 'drizzle-orm';
import { type AcceptedMime, isAcceptedMime } from '../../../shared/media/limits';
import { defaultUploadTmpDir } from '../../config';
import type { Db } from '../../db/client';
import { media, type Rendition } from '../../db/schema';
import type { EventBus } from '../../events/bus';
import type { MediaStore } from '../../media-store';
import type { Logger } from '../../trpc/context';
import {
  decodeImage,
  encodeRendition,
  encodeSquareThumb,
  planRenditions,
  thumbSourceWidth,
} from './image-processing';
import { listProcessingMediaIds } from './media.queries';
import { formatOfMime, renditionKey, thumbKey } from './media-keys';
import { stageStoredFile } from './staged-file';

export interface MediaDeps {
  db: Db;
  store: MediaStore;
  events: EventBus;
  log: Logger;
  /** UPLOAD_TMP_DIR: originals are copied here for decoding; the default temp folder when unset. */
  tmpDir?: string;
}

/**
 * Adds renditions to an image's list under a row lock, so the background job and
 * a focal-point change never overwrite each other's entries. A square thumbnail
 * is only kept if it matches the focal point stored now.
 */
export async function mergeRenditions(
  db: Db,
  mediaId: string,
  added: Rendition[],
  finish?: { status: 'ready' | 'failed'; error?: string },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ sha: media.sha256, renditions: media.renditions, focalX: media.focalX, focalY: media.focalY })
      .from(media)
      .where(eq(media.id, mediaId))
      .for('update');
    if (!row) return false;
    const currentThumb = (size: number) => thumbKey(row.sha, size, row.focalX, row.focalY);
    const byKey = new Map(row.renditions.map((r) => [r.key, r]));
    for (const r of added) {
      if (r.crop === 'square') {
        if (r.key !== currentThumb(r.width)) continue;
        for (const [key, old] of byKey) if (old.crop === 'square') byKey.delete(key);
      }
      byKey.set(r.key, r);
    }
    await tx
      .update(media)
      .set({
        renditions: [...byKey.values()],
        ...(finish ? { status: finish.status, processingError: finish.error ?? null } : {}),
      })
      .where(eq(media.id, mediaId));
    return true;
  });
}

/** Makes every rendition an image still lacks, then marks it ready (or failed, with the reason). */
export async function processMediaRenditions(deps: MediaDeps, mediaId: string): Promise<void> {
  const [row] = await deps.db
    .select({
      sha: media.sha256,
      mime: media.mime,
      width: media.width,
      height: media.height,
      originalKey: media.originalKey,
      renditions: media.renditions,
      focalX: media.focalX,
      focalY: media.focalY,
      status: media.status,
      creator: media.creator,
      credit: media.credit,
      copyright: media.copyright,
    })
    .from(media)
    .where(eq(media.id, mediaId))
    .limit(1);
  if (row?.status !== 'processing' || !isAcceptedMime(row.mime)) return;
  const publish = () => deps.events.publish({ type: 'media.changed', mediaId });
  try {
    const original = await stageStoredFile(deps.store, row.originalKey, deps.tmpDir ?? defaultUploadTmpDir());
    if (!original) throw new Error(`original ${row.originalKey} is missing from the media store`);
    try {
      await makeRenditions(deps, mediaId, row, original.path, publish);
    } finally {
      await original.discard();
    }
  } catch (error) {
    deps.log.error({ err: error, mediaId }, 'media processing failed');
    const message = error instanceof Error ? error.message : String(error);
    await mergeRenditions(deps.db, mediaId, [], { status: 'failed', error: message.slice(0, 500) }).catch(
      () => {},
    );
    publish();
  }
}

interface ProcessingRow {
  sha: string;
  mime: string;
  width: number;
  height: number;
  renditions: Rendition[];
  focalX: number;
  focalY: number;
  creator: string;
  credit: string;
  copyright: string;
}

async function makeRenditions(
  deps: MediaDeps,
  mediaId: string,
  row: ProcessingRow,
  original: string,
  publish: () => void,
): Promise<void> {
  const format = formatOfMime(row.mime as AcceptedMime);
  const have = new Set(row.renditions.map((r) => r.key));
  const plans = planRenditions(row.width, format);
  const missing = plans.filter((p) => !have.has(renditionKey(row.sha, p.width, p.format)));
  const decoded = await decodeImage(original, Math.max(...plans.map((p) => p.width), thumbSourceWidth(row)));
  // One width at a time (both formats), so the library's progress moves while a big image works.
  for (const width of new Set(missing.map((p) => p.width))) {
    const added: Rendition[] = [];
    for (const plan of missing.filter((p) => p.width === width)) {
      const made = await encodeRendition(decoded, plan, row);
      const key = renditionKey(row.sha, plan.width, plan.format);
      await deps.store.put(key, made.data);
      added.push({
        key,
        format: plan.format,
        width: made.width,
        height: made.height,
        bytes: made.data.length,
      });
    }
    if (!(await mergeRenditions(deps.db, mediaId, added))) return;
    publish();
  }
  const thumb = await encodeSquareThumb(decoded, { x: row.focalX, y: row.focalY }, row);
  const key = thumbKey(row.sha, thumb.width, row.focalX, row.focalY);
  await deps.store.put(key, thumb.data);
  const square: Rendition = {
    key,
    format: 'webp',
    width: thumb.width,
    height: thumb.height,
    bytes: thumb.data.length,
    crop: 'square',
  };
  await mergeRenditions(deps.db, mediaId, [square], { status: 'ready' });
  publish();
}

// One image at a time in the background: the machine has two cores and the
// dashboard must stay responsive while a 24-megapixel photo is being resized.
const queued = new Set<string>();
let chain: Promise<void> = Promise.resolve();

/** Queues an image for its remaining renditions; an image already queued is not queued twice. */
export function enqueueMediaProcessing(deps: MediaDeps, mediaId: string): void {
  if (queued.has(mediaId)) return;
  queued.add(mediaId);
  chain = chain.then(async () => {
    try {
      await processMediaRenditions(deps, mediaId);
    } catch (error) {
      deps.log.error({ err: error, mediaId }, 'media processing crashed');
    } finally {
      queued.delete(mediaId);
    }
  });
}

/** Resolves when the background queue is empty (tests, the benchmark, shutdown). */
export async function whenMediaProcessingIdle(): Promise<void> {
  let seen: Promise<void>;
  do {
    seen = chain;
    await seen;
  } while (seen !== chain);
}

/**
 * Called at server start: images left `processing` by a stop or crash get their
 * remaining renditions. With several instances each may pick the same image; the
 * work is idempotent (content-addressed keys, merged lists), so that is harmless.
 */
export async function resumeMediaProcessing(deps: MediaDeps): Promise<number> {
  const ids = await listProcessingMediaIds(deps.db);
  for (const id of ids) enqueueMediaProcessing(deps, id);
  if (ids.length) deps.log.info({ count: ids.length }, 'resuming media processing');
  return ids.length;
}
