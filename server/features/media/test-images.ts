import * as zlib from 'node:zlib';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { encodeWindows1252 } from './photo-metadata';

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

/** A POST to `media.upload` as the dashboard sends it: the bytes as the body, the name in X-File-Name. */
export function uploadRequest(
  bytes: Buffer | Uint8Array,
  name: string,
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method: 'POST',
    body: new Uint8Array(bytes),
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(name),
      ...headers,
    },
  };
}

export interface PhotoFields {
  caption?: string;
  headline?: string;
  credit?: string;
  creator?: string;
  copyright?: string;
  source?: string;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An XMP packet as photo desks write it: dc, photoshop namespaces. */
export function xmpPacket(f: PhotoFields): string {
  const alt = (tag: string, v?: string) =>
    v === undefined
      ? ''
      : `<${tag}><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(v)}</rdf:li></rdf:Alt></${tag}>`;
  const simple = (tag: string, v?: string) => (v === undefined ? '' : `<${tag}>${escapeXml(v)}</${tag}>`);
  return `<?xpacket begin="﻿" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">${alt('dc:description', f.caption)}${alt('dc:rights', f.copyright)}${
    f.creator === undefined
      ? ''
      : `<dc:creator><rdf:Seq><rdf:li>${escapeXml(f.creator)}</rdf:li></rdf:Seq></dc:creator>`
  }${simple('photoshop:Credit', f.credit)}${simple('photoshop:Source', f.source)}${simple('photoshop:Headline', f.headline)}</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
}

/**
 * An APP13 "Photoshop 3.0" segment holding IPTC IIM records, as older agency
 * software writes it. `encoding` is how each text becomes bytes: UTF-8 (with the
 * 1:90 marker) or Windows-1252 (Bijoy fonts' code page, no marker).
 */
export function iimSegment(f: PhotoFields, encoding: 'utf8' | 'cp1252' = 'utf8'): Buffer {
  const records: Buffer[] = [];
  const record = (rec: number, tag: number, value: Buffer) => {
    const head = Buffer.from([0x1c, rec, tag, 0, 0]);
    head.writeUInt16BE(value.length, 3);
    records.push(head, value);
  };
  const bytesOf = (s: string) => (encoding === 'utf8' ? Buffer.from(s, 'utf8') : encodeWindows1252(s));
  if (encoding === 'utf8') record(1, 90, Buffer.from([0x1b, 0x25, 0x47]));
  record(2, 0, Buffer.from([0, 4]));
  const fields: Array<[number, string | undefined]> = [
    [120, f.caption],
    [105, f.headline],
    [110, f.credit],
    [80, f.creator],
    [116, f.copyright],
    [115, f.source],
  ];
  for (const [tag, value] of fields) if (value !== undefined) record(2, tag, bytesOf(value));
  const iptc = Buffer.concat(records);
  const resource = Buffer.concat([
    Buffer.from('8BIM', 'latin1'),
    Buffer.from([0x04, 0x04, 0, 0]),
    Buffer.alloc(4),
    iptc,
    iptc.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0),
  ]);
  resource.writeUInt32BE(iptc.length, 8);
  const body = Buffer.concat([Buffer.from('Photoshop 3.0\0', 'latin1'), resource]);
  const head = Buffer.from([0xff, 0xed, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** A JPEG with IPTC IIM and/or XMP captions and credits, plus GPS and a camera serial to be stripped. */
export async function makeJpegWithPhotoMetadata({
  iim,
  iimEncoding = 'utf8',
  xmp,
  marker = 'GPS-MARKER',
}: {
  iim?: PhotoFields;
  iimEncoding?: 'utf8' | 'cp1252';
  xmp?: PhotoFields;
  marker?: string;
}): Promise<Buffer> {
  let pipeline = sharp(await makeImage('png', { width: 900, height: 600 })).withExifMerge({
    IFD0: { Make: 'Canon', Model: 'EOS R5' },
    IFD2: { BodySerialNumber: 'SERIAL-0042' },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '23/1 48/1 0/1', GPSMapDatum: marker },
  });
  if (xmp) pipeline = pipeline.withXmp(xmpPacket(xmp));
  const jpeg = await pipeline.jpeg().toBuffer();
  if (!iim) return jpeg;
  // APP13 right after SOI, where agency software puts it.
  return Buffer.concat([jpeg.subarray(0, 2), iimSegment(iim, iimEncoding), jpeg.subarray(2)]);
}
