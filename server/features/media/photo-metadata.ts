import exifr from 'exifr';
import { convertIfBijoy } from '../../../shared/bn/bijoy-detect';
import {
  MAX_CAPTION_LENGTH,
  MAX_COPYRIGHT_LENGTH,
  MAX_CREATOR_LENGTH,
  MAX_CREDIT_LENGTH,
  MAX_SOURCE_LENGTH,
} from '../../../shared/media/limits';
import {
  PHOTO_FILE_FIELDS,
  type PhotoFileField,
  type PhotoFileTexts,
} from '../../../shared/media/photo-fields';

const LIMITS: Record<PhotoFileField, number> = {
  caption: MAX_CAPTION_LENGTH,
  credit: MAX_CREDIT_LENGTH,
  creator: MAX_CREATOR_LENGTH,
  copyright: MAX_COPYRIGHT_LENGTH,
  source: MAX_SOURCE_LENGTH,
};

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Windows-1252 0x80..0x9F (Node's TextDecoder treats this label as ISO-8859-1).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes)
    out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

export function encodeWindows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((ch) => {
      const high = CP1252_HIGH.indexOf(ch);
      if (high >= 0) return 0x80 + high;
      const code = ch.charCodeAt(0);
      if (code > 0xff) throw new Error(`“${ch}” has no Windows-1252 byte`);
      return code;
    }),
  );
}

/**
 * exifr hands IIM values over as Latin-1. Agency software writes UTF-8 (with or
 * without the 1:90 marker); older desks write Windows-1252, the code page Bijoy
 * fonts draw from. Valid UTF-8 is taken as UTF-8, anything else as Windows-1252.
 */
function decodeIim(value: string): string {
  const bytes = Buffer.from(value, 'latin1');
  try {
    return utf8.decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** XMP values: a plain string, a lang-alt `{ lang, value }`, or an array (dc:creator is a list). */
function xmpText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(xmpText).filter((v): v is string => Boolean(v));
    return parts.length ? parts.join(', ') : undefined;
  }
  if (value && typeof value === 'object' && 'value' in value)
    return xmpText((value as { value: unknown }).value);
  return undefined;
}

function iimText(value: unknown): string | undefined {
  if (typeof value === 'string') return decodeIim(value);
  if (Array.isArray(value)) {
    const parts = value.filter((v): v is string => typeof v === 'string').map(decodeIim);
    return parts.length ? parts.join(', ') : undefined;
  }
  return undefined;
}

/**
 * The one rule for text from a file: no control characters or markup, spaces
 * collapsed, NFC, Bijoy converted, cut to the field's limit.
 */
export function cleanFileText(value: string, max: number): string {
  const text = value
    .replace(/<[^>]*>/g, ' ')
    .replace(/[<>]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
  return Array.from(convertIfBijoy(text).normalize('NFC')).slice(0, max).join('').trim();
}

type Parsed = {
  iptc?: Record<string, unknown>;
  dc?: Record<string, unknown>;
  photoshop?: Record<string, unknown>;
} | null;

/**
 * Caption, credit, creator, copyright and source from a photo's XMP (preferred:
 * it is Unicode by definition) or else its IPTC IIM. Fields the file does not
 * have are left out; a file without metadata, or one exifr cannot read, gives {}.
 * Given a path, exifr reads only the segments it needs from the file.
 */
export async function readPhotoTexts(input: string | Buffer): Promise<PhotoFileTexts> {
  let parsed: Parsed;
  try {
    parsed = (await exifr.parse(input, {
      iptc: true,
      xmp: true,
      tiff: false,
      exif: false,
      gps: false,
      ifd0: false,
      ifd1: false,
      interop: false,
      icc: false,
      jfif: false,
      ihdr: false,
      mergeOutput: false,
      silentErrors: true,
    } as never)) as Parsed;
  } catch {
    return {};
  }
  if (!parsed) return {};
  const iptc = parsed.iptc ?? {};
  const dc = parsed.dc ?? {};
  const ps = parsed.photoshop ?? {};
  const raw: Record<PhotoFileField, string | undefined> = {
    caption:
      xmpText(dc.description) ?? iimText(iptc.Caption) ?? xmpText(ps.Headline) ?? iimText(iptc.Headline),
    credit: xmpText(ps.Credit) ?? iimText(iptc.Credit),
    creator: xmpText(dc.creator) ?? iimText(iptc.Byline),
    copyright: xmpText(dc.rights) ?? iimText(iptc.CopyrightNotice),
    source: xmpText(ps.Source) ?? iimText(iptc.Source),
  };
  const out: PhotoFileTexts = {};
  for (const field of PHOTO_FILE_FIELDS) {
    const value = raw[field];
    if (value === undefined) continue;
    const clean = cleanFileText(value, LIMITS[field]);
    if (clean) out[field] = clean;
  }
  return out;
}
