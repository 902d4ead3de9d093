/** What Barta accepts as an image, recognised by the file's bytes (never its name or browser type). */
export const ACCEPTED_MEDIA_TYPES = {
  'image/jpeg': { format: 'jpeg', ext: 'jpg', label: 'JPEG' },
  'image/png': { format: 'png', ext: 'png', label: 'PNG' },
  'image/webp': { format: 'webp', ext: 'webp', label: 'WebP' },
  'image/gif': { format: 'gif', ext: 'gif', label: 'GIF' },
  'image/avif': { format: 'avif', ext: 'avif', label: 'AVIF' },
} as const;

export type AcceptedMime = keyof typeof ACCEPTED_MEDIA_TYPES;
export type MediaFormat = (typeof ACCEPTED_MEDIA_TYPES)[AcceptedMime]['format'];

export const ACCEPTED_LABEL = 'JPEG, PNG, WebP, GIF or AVIF';
/** For the file picker only: a hint to the browser, the server still reads the bytes. */
export const ACCEPT_ATTRIBUTE = Object.keys(ACCEPTED_MEDIA_TYPES).join(',');

export function isAcceptedMime(mime: string | undefined): mime is AcceptedMime {
  return mime !== undefined && Object.hasOwn(ACCEPTED_MEDIA_TYPES, mime);
}

export const DEFAULT_MAX_UPLOAD_MB = 25;

/**
 * Decompression-bomb guard: images declaring more pixels than this are refused
 * before any pixel is decoded. 100 megapixels is far above any camera in the
 * newsroom (24 MP is the usual) and far below what would exhaust memory.
 */
export const MAX_INPUT_PIXELS = 100_000_000;

/** Widths of the renditions; none is larger than the original (no upscaling). */
export const RENDITION_WIDTHS = [320, 640, 960, 1280, 1920] as const;
/** The rendition made before the upload is answered: the size the editor and library show. */
export const FIRST_RENDITION_WIDTH = 640;
/** Side of the square thumbnail cropped around the focal point. */
export const THUMB_SIZE = 320;
/** `sizes` for story images: the public article column is at most ~760 CSS px wide. */
export const STORY_IMAGE_SIZES = '(min-width: 800px) 760px, 100vw';

export const MAX_ALT_LENGTH = 500;
export const MAX_CAPTION_LENGTH = 1000;
export const MAX_CREDIT_LENGTH = 200;
export const MAX_RIGHTS_NOTE_LENGTH = 2000;

/** `1.5 MB`, `820 KB`: sizes as the newsroom reads them in messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The message for a file over the limit, the same in the browser's pre-check and on the server. */
export function tooLargeMessage(name: string, bytes: number, maxBytes: number): string {
  return `“${name}” is too large (${formatBytes(bytes)}): the limit is ${formatBytes(maxBytes)}.`;
}

/** Creator (photographer) and copyright notice, as read from a photo or typed. */
export const MAX_CREATOR_LENGTH = 200;
export const MAX_COPYRIGHT_LENGTH = 500;
export const MAX_SOURCE_LENGTH = 200;
