import { ACCEPTED_MEDIA_TYPES, type AcceptedMime, type MediaFormat } from '../../../shared/media/limits';
import type { Rendition } from '../../db/schema';

const EXT: Record<MediaFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', gif: 'gif', avif: 'avif' };

export function extOf(format: MediaFormat): string {
  return EXT[format];
}

export function formatOfMime(mime: AcceptedMime): MediaFormat {
  return ACCEPTED_MEDIA_TYPES[mime].format;
}

const fan = (sha: string) => `${sha.slice(0, 2)}/${sha}`;

/** The uploaded bytes as they came (metadata and all): kept for reprocessing, never served. */
export function originalKey(sha: string, format: MediaFormat): string {
  return `${fan(sha)}-original.${extOf(format)}`;
}

export function renditionKey(sha: string, width: number, format: MediaFormat): string {
  return `${fan(sha)}-${width}.${extOf(format)}`;
}

/** The focal point is in the key: a new focal point is a new file, so caching stays immutable. */
export function thumbKey(sha: string, size: number, focalX: number, focalY: number): string {
  const pct = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 100);
  return `${fan(sha)}-sq${size}-f${pct(focalX)}x${pct(focalY)}.webp`;
}

/** Only renditions are served: `-<width>.<ext>` or a square thumbnail; originals never are. */
export function isServableKey(key: string): boolean {
  return /^[0-9a-f]{2}\/[0-9a-f]{64}-(?:\d{1,5}|sq\d{1,4}-f\d{1,3}x\d{1,3})\.(?:jpg|png|webp|gif|avif)$/.test(
    key,
  );
}

export function mediaUrl(key: string): string {
  return `/media/${key}`;
}

export function isSquare(r: Rendition): boolean {
  return r.crop === 'square';
}
