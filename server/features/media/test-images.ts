import * as zlib from 'node:zlib';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

let seed = 0;

/** A noisy photo-like image, different bytes on every call. */
export async function makeImage(
  format: 'jpeg' | 'png' | 'webp' | 'gif' | 'avif',
  { width = 1200, height = 800 }: { width?: number; height?: number } = {},
): Promise<Buffer> {
  seed++;
  const image = sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: (seed * 37) % 256, g: (seed * 91) % 256, b: (seed * 53) % 256 },
      // GIF encoding quantises colours: noise would make it take seconds.
      ...(format === 'gif'
        ? {}
        : { noise: { type: 'gaussian' as const, mean: 120 + (seed % 20), sigma: 25 } }),
    },
  });
  return image.toFormat(format, format === 'avif' ? { effort: 0 } : {}).toBuffer();
}

/** A JPEG carrying GPS data (with a marker string to look for) and an EXIF orientation of 6 (rotate 90°). */
export async function makeJpegWithGps(marker: string): Promise<Buffer> {
  const base = await makeImage('png', { width: 600, height: 400 });
  return sharp(base)
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '23/1 48/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '90/1 24/1 0/1',
        GPSMapDatum: marker,
      },
    })
    .jpeg()
    .toBuffer();
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A few hundred bytes of PNG that declare `width` × `height` pixels: a decompression bomb's header. */
export function makePixelBomb(width = 50_000, height = 50_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function formDataWith(bytes: Buffer | Uint8Array, name: string, type = ''): FormData {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(bytes)], name, { type }));
  return form;
}
