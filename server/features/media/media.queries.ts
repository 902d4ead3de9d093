import { and, asc, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { zonedLocalToUtc } from '../../../shared/bn/dates';
import { AppError } from '../../../shared/errors';
import { type AcceptedMime, isAcceptedMime, STORY_IMAGE_SIZES } from '../../../shared/media/limits';
import type { MediaListInput } from '../../../shared/media/schemas';
import type { MediaItem, MediaItemWithUse, MediaUse } from '../../../shared/media/types';
import type { Page } from '../../../shared/pagination';
import type { DbOrTx } from '../../db/client';
import { cursorKey, cursorTimestamp, defineCursor } from '../../db/keyset-cursor';
import { articles, media, mediaUsage, type Rendition, users } from '../../db/schema';
import { planRenditions } from './image-processing';
import { formatOfMime, isSquare, mediaUrl } from './media-keys';
import { mediaSearchQuery } from './media-search';

const columns = {
  id: media.id,
  sha256: media.sha256,
  mime: media.mime,
  width: media.width,
  height: media.height,
  bytes: media.bytes,
  originalName: media.originalName,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
  rightsNote: media.rightsNote,
  creator: media.creator,
  copyright: media.copyright,
  source: media.source,
  fromFile: media.fromFile,
  focalX: media.focalX,
  focalY: media.focalY,
  blurDataUrl: media.blurDataUrl,
  renditions: media.renditions,
  status: media.status,
  processingError: media.processingError,
  createdAt: media.createdAt,
  updatedAt: media.updatedAt,
  uploaderId: users.id,
  uploaderName: users.name,
  // Microseconds kept: a JS Date would cut them and the keyset would skip rows.
  cursorAt: cursorTimestamp(media.createdAt),
};

function selectMedia(db: DbOrTx) {
  return db.select(columns).from(media).leftJoin(users, eq(users.id, media.uploadedBy));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectMedia>['execute']>>[number];

/** Renditions that make up a srcset: WebP, not cropped, smallest first. */
export function webpWidths(renditions: Rendition[]): Rendition[] {
  return renditions.filter((r) => r.format === 'webp' && !isSquare(r)).sort((a, b) => a.width - b.width);
}

export function srcsetOf(renditions: Rendition[]): string {
  return webpWidths(renditions)
    .map((r) => `${mediaUrl(r.key)} ${r.width}w`)
    .join(', ');
}

function previewOf(renditions: Rendition[], maxWidth: number): string {
  const list = webpWidths(renditions);
  const fit = list.filter((r) => r.width <= maxWidth);
  const pick = fit.length ? fit[fit.length - 1] : list[0];
  return pick ? mediaUrl(pick.key) : '';
}

/** How many files the finished set has: every planned rendition and one square thumbnail. */
export function plannedCount(width: number, mime: string): number {
  if (!isAcceptedMime(mime)) return 0;
  return planRenditions(width, formatOfMime(mime as AcceptedMime)).length + 1;
}

export function toMediaItem(row: Row): MediaItem {
  const thumb = row.renditions.find(isSquare);
  const previewSrc = previewOf(row.renditions, 640);
  return {
    id: row.id,
    mime: row.mime,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    originalName: row.originalName,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    rightsNote: row.rightsNote,
    creator: row.creator,
    copyright: row.copyright,
    source: row.source,
    fromFile: row.fromFile,
    focalX: row.focalX,
    focalY: row.focalY,
    blurDataUrl: row.blurDataUrl,
    status: row.status,
    processingError: row.processingError,
    progress: {
      done: row.renditions.length,
      total: Math.max(plannedCount(row.width, row.mime), row.renditions.length),
    },
    previewSrc,
    thumbSrc: thumb ? mediaUrl(thumb.key) : previewSrc,
    srcset: srcsetOf(row.renditions),
    uploadedBy: row.uploaderId && row.uploaderName ? { id: row.uploaderId, name: row.uploaderName } : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Stories that use these images: recorded uses (lead, figures) and lead-image references. */
export async function findMediaUses(db: DbOrTx, ids: string[]): Promise<Map<string, MediaUse[]>> {
  const out = new Map<string, MediaUse[]>();
  if (ids.length === 0) return out;
  const recorded = await db
    .select({
      mediaId: mediaUsage.mediaId,
      articleId: articles.id,
      headline: articles.headline,
      kind: mediaUsage.kind,
    })
    .from(mediaUsage)
    .innerJoin(articles, eq(articles.id, mediaUsage.articleId))
    .where(inArray(mediaUsage.mediaId, ids))
    .orderBy(asc(articles.headline), asc(articles.id));
  // The lead image column guards deletion itself (FK restrict), so it counts even if no use was recorded.
  const leads = await db
    .select({ mediaId: articles.leadMediaId, articleId: articles.id, headline: articles.headline })
    .from(articles)
    .where(inArray(articles.leadMediaId, ids));
  const add = (mediaId: string, use: MediaUse) => {
    const list = out.get(mediaId) ?? [];
    if (!list.some((u) => u.articleId === use.articleId && u.kind === use.kind)) list.push(use);
    out.set(mediaId, list);
  };
  for (const r of recorded) add(r.mediaId, { articleId: r.articleId, headline: r.headline, kind: r.kind });
  for (const r of leads)
    if (r.mediaId) add(r.mediaId, { articleId: r.articleId, headline: r.headline, kind: 'lead' });
  return out;
}

export async function getMedia(db: DbOrTx, id: string): Promise<MediaItemWithUse> {
  const [row] = await selectMedia(db).where(eq(media.id, id)).limit(1);
  if (!row) throw new AppError('NOT_FOUND', { userMessage: 'This image no longer exists in the library.' });
  const uses = await findMediaUses(db, [id]);
  return { ...toMediaItem(row), usedIn: uses.get(id) ?? [] };
}

/** Images by id, in the order asked; missing ids are left out. */
export async function listMediaByIds(db: DbOrTx, ids: string[]): Promise<MediaItem[]> {
  if (ids.length === 0) return [];
  const rows = await selectMedia(db).where(inArray(media.id, ids));
  const byId = new Map(rows.map((r) => [r.id, toMediaItem(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function findMediaBySha(db: DbOrTx, sha256: string): Promise<MediaItem | null> {
  const [row] = await selectMedia(db).where(eq(media.sha256, sha256)).limit(1);
  return row ? toMediaItem(row) : null;
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The library pages on (created_at µs UTC, id); newest and oldest first are two lists. */
const mediaCursor = {
  newest: defineCursor('media.newest', z.tuple([cursorKey.timestamp, cursorKey.uuid])),
  oldest: defineCursor('media.oldest', z.tuple([cursorKey.timestamp, cursorKey.uuid])),
};

/**
 * The library, newest (or oldest) first, in keyset pages on (created_at, id):
 * words of the caption/credit/alt text/file name, the uploader, and days in the
 * newsroom's zone narrow it.
 */
export async function listMedia(
  db: DbOrTx,
  input: MediaListInput,
  timeZone: string,
): Promise<Page<MediaItemWithUse>> {
  const where: SQL[] = [];
  const query = input.q ? mediaSearchQuery(input.q) : null;
  if (query) where.push(sql`${media.searchVector} @@ ${query}::tsquery`);
  if (input.uploadedBy) where.push(eq(media.uploadedBy, input.uploadedBy));
  try {
    if (input.from) where.push(gte(media.createdAt, zonedLocalToUtc(`${input.from}T00:00`, timeZone)));
    if (input.to) where.push(lt(media.createdAt, zonedLocalToUtc(`${nextDay(input.to)}T00:00`, timeZone)));
  } catch {
    throw new AppError('BAD_REQUEST', { userMessage: 'One of the dates is not a real day.' });
  }
  const newest = input.sort === 'newest';
  if (input.cursor) {
    const [at, id] = mediaCursor[input.sort].decode(input.cursor);
    const cmp = newest ? sql`<` : sql`>`;
    where.push(sql`(${media.createdAt}, ${media.id}) ${cmp} (${at}::timestamptz, ${id}::uuid)`);
  }
  const order = newest ? [desc(media.createdAt), desc(media.id)] : [asc(media.createdAt), asc(media.id)];
  const rows = await selectMedia(db)
    .where(where.length ? and(...where) : undefined)
    .orderBy(...order)
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const uses = await findMediaUses(
    db,
    page.map((r) => r.id),
  );
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({ ...toMediaItem(r), usedIn: uses.get(r.id) ?? [] })),
    nextCursor:
      rows.length > input.limit && last ? mediaCursor[input.sort].encode([last.cursorAt, last.id]) : null,
  };
}

/** What the public site needs to draw an image: used by renderBodyHtml's resolveMedia and the lead image. */
export interface RenderMedia {
  src: string;
  srcset: string;
  sizes: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  /** Photographer and copyright notice, for the page's ImageObject. */
  creator: string;
  copyright: string;
  blurDataUrl: string;
  /** The square thumbnail (focal-point crop) for lists and cards; src when not made yet. */
  thumbSrc: string;
}

/**
 * Render data for images by id, in one query. Ids that no longer exist (or have
 * no rendition at all) are absent from the map, so the caller leaves them out.
 * While the full set is still being made, srcset lists what exists so far.
 */
export async function resolveMediaForRender(
  db: DbOrTx,
  ids: readonly string[],
): Promise<Map<string, RenderMedia>> {
  const out = new Map<string, RenderMedia>();
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))].filter((id) => /^[0-9a-f-]{36}$/.test(id));
  if (unique.length === 0) return out;
  const rows = await db
    .select({
      id: media.id,
      width: media.width,
      height: media.height,
      alt: media.alt,
      caption: media.caption,
      credit: media.credit,
      creator: media.creator,
      copyright: media.copyright,
      blurDataUrl: media.blurDataUrl,
      renditions: media.renditions,
    })
    .from(media)
    .where(inArray(media.id, unique));
  for (const row of rows) {
    const list = webpWidths(row.renditions);
    if (list.length === 0) continue;
    // The largest WebP up to the column's 2x width as the fallback src.
    const src = previewOf(row.renditions, 1280);
    const largest = list[list.length - 1];
    const thumb = row.renditions.find(isSquare);
    out.set(row.id, {
      src,
      srcset: srcsetOf(row.renditions),
      sizes: STORY_IMAGE_SIZES,
      // Dimensions of the largest rendition keep the aspect ratio for layout.
      width: largest.width,
      height: largest.height,
      alt: row.alt,
      caption: row.caption,
      credit: row.credit,
      creator: row.creator,
      copyright: row.copyright,
      blurDataUrl: row.blurDataUrl,
      thumbSrc: thumb ? mediaUrl(thumb.key) : src,
    });
  }
  return out;
}

/** Ids still waiting for their renditions (resumed at start). */
export async function listProcessingMediaIds(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .select({ id: media.id })
    .from(media)
    .where(eq(media.status, 'processing'))
    .orderBy(asc(media.createdAt));
  return rows.map((r) => r.id);
}
