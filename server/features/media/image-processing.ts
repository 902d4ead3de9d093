import { fileTypeFromBuffer } from 'file-type';
import sharp, { type Metadata, type Sharp, type SharpOptions } from 'sharp';
import { AppError } from '../../../shared/errors';
import {
  ACCEPTED_LABEL,
  ACCEPTED_MEDIA_TYPES,
  type AcceptedMime,
  FIRST_RENDITION_WIDTH,
  isAcceptedMime,
  MAX_INPUT_PIXELS,
  type MediaFormat,
  RENDITION_WIDTHS,
  THUMB_SIZE,
} from '../../../shared/media/limits';
import { formatOfMime } from './media-keys';

export interface InspectedImage {
  mime: AcceptedMime;
  format: MediaFormat;
  /** As displayed, i.e. after the EXIF orientation is applied. */
  width: number;
  height: number;
}

// Untrusted input: refuse oversized declarations before decoding, read only the
// first frame of animations, and fail on damaged or truncated pixel data.
const INPUT: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', pages: 1 };

function source(input: ImageInput): Sharp {
  // rotate() applies the EXIF orientation; metadata is dropped on output (no withMetadata).
  return sharp(input, INPUT).rotate();
}

/** Names what text-based files are, for a clearer refusal than "unknown". */
function sniffText(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 1024).toString('utf8').trimStart().toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype svg|<svg)/.test(head) || head.includes('<svg'))
    return 'an SVG drawing (SVG can carry scripts, so Barta does not accept it)';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.includes('<script'))
    return 'an HTML page';
  return null;
}

function kindOf(mime: string | undefined, ext: string | undefined): string {
  if (!mime) return 'not a recognisable image';
  if (mime === 'application/pdf') return 'a PDF document';
  if (mime === 'image/svg+xml') return 'an SVG drawing (SVG can carry scripts, so Barta does not accept it)';
  if (
    mime === 'application/x-msdownload' ||
    mime === 'application/x-elf' ||
    mime === 'application/x-mach-binary'
  )
    return 'a program, not an image';
  return `a ${ext?.toUpperCase() ?? mime} file`;
}

/**
 * What a file is, from its first bytes (SNIFF_BYTES), whatever it is called: one of
 * the five accepted types, or a refusal that names the file and what it really is.
 */
export async function sniffImageType(head: Buffer, name: string): Promise<AcceptedMime> {
  const detected = await fileTypeFromBuffer(head);
  if (!isAcceptedMime(detected?.mime)) {
    const textual = !detected || /xml|html|svg/.test(detected.mime);
    const what = (textual && sniffText(head)) || kindOf(detected?.mime, detected?.ext);
    throw new AppError('BAD_REQUEST', {
      userMessage: `“${name}” was not uploaded: it is ${what}. Upload a ${ACCEPTED_LABEL} image.`,
    });
  }
  return detected.mime;
}

/** An image file on disk (sharp reads it from there) or, for small in-process callers, its bytes. */
export type ImageInput = string | Buffer;

/**
 * The dimensions of a file already known to be an accepted type, within the pixel
 * limit; sharp reads only the header, from the file.
 */
export async function measureImage(
  input: ImageInput,
  name: string,
  mime: AcceptedMime,
): Promise<InspectedImage> {
  let meta: Metadata;
  try {
    meta = await sharp(input, { ...INPUT, limitInputPixels: false }).metadata();
  } catch (cause) {
    throw damaged(name, mime, cause);
  }
  if (!meta.width || !meta.height) throw damaged(name, mime);
  if (meta.width * meta.height > MAX_INPUT_PIXELS) {
    throw new AppError('BAD_REQUEST', {
      userMessage: `“${name}” was not uploaded: it declares ${meta.width} × ${meta.height} pixels, more than the limit of ${MAX_INPUT_PIXELS / 1_000_000} megapixels. Resize it and try again.`,
    });
  }
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.height;
  return { mime, format: formatOfMime(mime), width, height };
}

export function damaged(name: string, mime: AcceptedMime, cause?: unknown): AppError {
  return new AppError('BAD_REQUEST', {
    message: `Could not decode ${name}: ${cause instanceof Error ? cause.message : 'no dimensions'}`,
    userMessage: `“${name}” was not uploaded: it looks like a ${ACCEPTED_MEDIA_TYPES[mime].label} image but is damaged or incomplete. Export it again and retry.`,
    cause,
  });
}

export interface PlannedRendition {
  width: number;
  format: MediaFormat;
}

/**
 * Every width below the original, plus the original width when it is smaller
 * than the largest: no upscaling, and at least one rendition for small images.
 * WebP for every width, and the original's own format too (a WebP original
 * needs no second copy). GIFs become stills of their first frame, in WebP and
 * GIF: news pages show photographs, and a still cannot hide a second payload.
 */
export function planRenditions(width: number, format: MediaFormat): PlannedRendition[] {
  const widths: number[] = RENDITION_WIDTHS.filter((w) => w < width);
  if (width <= RENDITION_WIDTHS[RENDITION_WIDTHS.length - 1] && !widths.includes(width)) widths.push(width);
  if (widths.length === 0) widths.push(RENDITION_WIDTHS[RENDITION_WIDTHS.length - 1]);
  const formats: MediaFormat[] = format === 'webp' ? ['webp'] : ['webp', format];
  return widths.flatMap((w) => formats.map((f) => ({ width: w, format: f })));
}

/** The rendition answered with the upload: WebP at the editor's width, or the largest below it. */
export function firstRendition(width: number): PlannedRendition {
  const plan = planRenditions(width, 'webp');
  const fit = plan.filter((p) => p.width <= FIRST_RENDITION_WIDTH);
  return fit.length ? fit[fit.length - 1] : plan[0];
}

function encode(pipeline: Sharp, format: MediaFormat): Sharp {
  switch (format) {
    case 'webp':
      return pipeline.webp({ quality: 80 });
    case 'jpeg':
      return pipeline.jpeg({ quality: 82, progressive: true, mozjpeg: false });
    case 'png':
      return pipeline.png({ compressionLevel: 8 });
    case 'gif':
      return pipeline.gif({ effort: 3 });
    case 'avif':
      return pipeline.avif({ quality: 55, effort: 2 });
  }
}

export interface Encoded {
  data: Buffer;
  width: number;
  height: number;
}

/** Decoded pixels, upright, at most `maxWidth` wide: one decode serves every size made from it. */
export interface Decoded {
  data: Buffer;
  raw: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

/**
 * Decodes once at the largest width needed. Entropy decoding a 24-megapixel JPEG
 * costs a few hundred milliseconds whatever the output size (shrink-on-load only
 * saves the rest), so every rendition, placeholder and thumbnail of one pass
 * comes from these pixels rather than from the file again.
 */
export async function decodeImage(input: ImageInput, maxWidth: number): Promise<Decoded> {
  const { data, info } = await source(input)
    .resize({ width: maxWidth, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, raw: { width: info.width, height: info.height, channels: info.channels } };
}

function fromDecoded(decoded: Decoded): Sharp {
  return sharp(decoded.data, { raw: decoded.raw });
}

/** The photo's rights texts that travel inside every rendition; nothing else does. */
export interface RightsTexts {
  creator: string;
  credit: string;
  copyright: string;
}

const xmlText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An XMP packet with only dc:creator, dc:rights and photoshop:Credit (the IPTC
 * Core properties search engines show as Creator, Copyright and Credit line),
 * or null when all three are empty.
 */
export function rightsXmp({ creator, credit, copyright }: RightsTexts): string | null {
  if (!creator && !credit && !copyright) return null;
  const props = [
    creator ? `<dc:creator><rdf:Seq><rdf:li>${xmlText(creator)}</rdf:li></rdf:Seq></dc:creator>` : '',
    copyright
      ? `<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(copyright)}</rdf:li></rdf:Alt></dc:rights>`
      : '',
    credit ? `<photoshop:Credit>${xmlText(credit)}</photoshop:Credit>` : '',
  ].join('');
  return `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">${props}</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
}

// Renditions start from raw pixels, so no EXIF (GPS, camera serials) can reach
// them; only the rights XMP is written. GIF has no XMP support in libvips.
function withRights(pipeline: Sharp, format: MediaFormat, rights?: RightsTexts): Sharp {
  const xmp = rights && format !== 'gif' ? rightsXmp(rights) : null;
  return xmp ? pipeline.withXmp(xmp) : pipeline;
}

export async function encodeRendition(
  decoded: Decoded,
  plan: PlannedRendition,
  rights?: RightsTexts,
): Promise<Encoded> {
  const pipeline = fromDecoded(decoded).resize({ width: plan.width, withoutEnlargement: true });
  const { data, info } = await withRights(encode(pipeline, plan.format), plan.format, rights).toBuffer({
    resolveWithObject: true,
  });
  return { data, width: info.width, height: info.height };
}

/** A 16-pixel WebP as a data URL, shown blurred while the real image loads. */
export async function encodeBlurDataUrl(decoded: Decoded): Promise<string> {
  const data = await fromDecoded(decoded)
    .resize({ width: 16, height: 16, fit: 'inside' })
    .webp({ quality: 40 })
    .toBuffer();
  return `data:image/webp;base64,${data.toString('base64')}`;
}

/**
 * A square thumbnail centred on the focal point (0..1 from left and top): scale
 * so the short side fits, then cut the square around the point, kept inside the picture.
 */
export async function encodeSquareThumb(
  decoded: Decoded,
  focal: { x: number; y: number },
  rights?: RightsTexts,
): Promise<Encoded> {
  const { width, height } = decoded.raw;
  const size = Math.min(THUMB_SIZE, width, height);
  const scale = size / Math.min(width, height);
  const w = Math.max(size, Math.round(width * scale));
  const h = Math.max(size, Math.round(height * scale));
  const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);
  const left = clamp(Math.round(focal.x * w - size / 2), w - size);
  const top = clamp(Math.round(focal.y * h - size / 2), h - size);
  const pipeline = fromDecoded(decoded)
    .resize(w, h, { fit: 'fill' })
    .extract({ left, top, width: size, height: size })
    .webp({ quality: 78 });
  const { data, info } = await withRights(pipeline, 'webp', rights).toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Pixels enough for a sharp square thumbnail: the short side at least twice the thumbnail. */
export function thumbSourceWidth(image: { width: number; height: number }): number {
  const shortSide = Math.min(image.width, image.height);
  return Math.min(image.width, Math.ceil((image.width * THUMB_SIZE * 2) / shortSide));
}

export { THUMB_SIZE };
