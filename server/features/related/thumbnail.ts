import type { Rendition } from '../../db/schema';
import { isSquare, mediaUrl } from '../media/media-keys';

/**
 * The small picture shown beside a linked story: the square crop around the focal
 * point when it exists, else the narrowest WebP rendition, else none (the image is
 * still processing or the story has no lead image).
 */
export function thumbnailOf(renditions: Rendition[] | null | undefined): string | null {
  if (!renditions || renditions.length === 0) return null;
  const square = renditions.find(isSquare);
  if (square) return mediaUrl(square.key);
  const webp = renditions.filter((r) => r.format === 'webp').sort((a, b) => a.width - b.width);
  const pick = webp[0] ?? [...renditions].sort((a, b) => a.width - b.width)[0];
  return pick ? mediaUrl(pick.key) : null;
}
