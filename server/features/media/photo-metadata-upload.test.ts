import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, media } from '../../db/schema';
import { LocalDiskMediaStore, setMediaStore } from '../../media-store';
import { createTestHarness, type TestHarness, type TestUser } from '../../test/harness';
import { whenMediaProcessingIdle } from './media-processing';
import { formDataWith, makeImage, makeJpegWithPhotoMetadata } from './test-images';

let h: TestHarness;
let editor: TestUser;
let store: LocalDiskMediaStore;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-photo-meta-'));

beforeAll(async () => {
  h = await createTestHarness();
  store = new LocalDiskMediaStore(root);
  setMediaStore(h.config, store);
  editor = await h.makeUser('editor');
});
afterAll(async () => {
  await whenMediaProcessingIdle();
  await h.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const upload = (bytes: Buffer, name: string) => h.caller(editor).media.upload(formDataWith(bytes, name));

const agencyPhoto = () =>
  makeJpegWithPhotoMetadata({
    marker: 'BARTA-GPS-MARKER',
    iim: { caption: 'XvKvq e„wói Kvi‡Y hvbRU †e‡o‡Q|', source: 'AFP' },
    iimEncoding: 'cp1252',
    xmp: { credit: 'এএফপি', creator: 'মুনির উজ জামান', copyright: '© AFP 2024' },
  });

describe('photo metadata on upload', () => {
  it('pre-fills caption, credit, creator, copyright and source, marked as from the file', async () => {
    const { media: item } = await upload(await agencyPhoto(), 'afp.jpg');
    expect(item).toMatchObject({
      caption: 'ঢাকায় বৃষ্টির কারণে যানজট বেড়েছে।',
      credit: 'এএফপি',
      creator: 'মুনির উজ জামান',
      copyright: '© AFP 2024',
      source: 'AFP',
      fromFile: ['caption', 'credit', 'creator', 'copyright', 'source'],
    });
    const [audit] = await h.db
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'media.upload'), eq(auditLog.entityId, item.id)));
    expect(audit.after).toMatchObject({ fromFile: { credit: 'এএফপি', source: 'AFP' } });
    // The caption read from the file is searchable like a typed one.
    const find = async (q: string) => (await h.caller(editor).media.list({ q })).items.map((i) => i.id);
    expect(await find('যানজট')).toContain(item.id);
    // So are the photographer and the supplier.
    expect(await find('মুনির')).toContain(item.id);
    expect(await find('AFP')).toContain(item.id);
  });

  it('keeps a text marked from the file until a person edits it', async () => {
    const { media: item } = await upload(
      await makeJpegWithPhotoMetadata({ xmp: { caption: 'মূল ক্যাপশন', credit: 'রয়টার্স' } }),
      'reuters.jpg',
    );
    expect(item.fromFile).toEqual(['caption', 'credit']);
    const unchanged = await h.caller(editor).media.update({ id: item.id, credit: 'রয়টার্স' });
    expect(unchanged.fromFile).toEqual(['caption', 'credit']);
    const edited = await h.caller(editor).media.update({ id: item.id, credit: 'ছবি: রয়টার্স', alt: 'বৃষ্টি' });
    expect(edited).toMatchObject({ credit: 'ছবি: রয়টার্স', caption: 'মূল ক্যাপশন', fromFile: ['caption'] });
    const photographer = await h.caller(editor).media.update({ id: item.id, creator: 'তানভীর আহমেদ' });
    expect(photographer.fromFile).toEqual(['caption']);
    const found = await h.caller(editor).media.list({ q: 'তানভীর' });
    expect(found.items.map((i) => i.id)).toContain(item.id);
  });

  it('behaves as before for a file without metadata', async () => {
    const { media: item } = await upload(await makeImage('jpeg', { width: 700, height: 500 }), 'plain.jpg');
    expect(item).toMatchObject({
      caption: '',
      credit: '',
      creator: '',
      copyright: '',
      source: '',
      fromFile: [],
    });
    await whenMediaProcessingIdle();
    const [row] = await h.db.select().from(media).where(eq(media.id, item.id));
    for (const r of row.renditions) {
      const meta = await sharp((await store.get(r.key))!).metadata();
      expect(meta.xmp, r.key).toBeUndefined();
    }
  });
});

describe('photo metadata in renditions', () => {
  it('carries credit, creator and copyright, and no GPS, camera, serial or caption', async () => {
    const original = await agencyPhoto();
    const originalTags = await exifr.parse(original, { gps: true, exif: true, tiff: true } as never);
    expect(originalTags).toMatchObject({
      Make: 'Canon',
      SerialNumber: 'SERIAL-0042',
      GPSMapDatum: 'BARTA-GPS-MARKER',
    });
    const { media: item } = await upload(original, 'afp-renditions.jpg');
    await whenMediaProcessingIdle();
    const [row] = await h.db.select().from(media).where(eq(media.id, item.id));
    const checked = row.renditions.filter((r) => r.format !== 'gif');
    expect(checked.length).toBeGreaterThanOrEqual(4);
    expect(checked.some((r) => r.format === 'jpeg')).toBe(true);
    expect(row.renditions.some((r) => r.crop === 'square')).toBe(true);
    for (const r of checked) {
      const file = (await store.get(r.key))!;
      for (const secret of ['BARTA-GPS-MARKER', 'SERIAL-0042', 'Canon', 'EOS R5', 'AFP"', 'Photoshop 3.0']) {
        expect(file.includes(secret), `${r.key} holds ${secret}`).toBe(false);
      }
      const meta = await sharp(file).metadata();
      expect(meta.exif, r.key).toBeUndefined();
      expect(meta.iptc, r.key).toBeUndefined();
      const xmp = meta.xmp?.toString('utf8') ?? '';
      expect(xmp, r.key).toContain('<photoshop:Credit>এএফপি</photoshop:Credit>');
      expect(xmp, r.key).toContain('<rdf:li>মুনির উজ জামান</rdf:li>');
      expect(xmp, r.key).toContain('© AFP 2024');
      // Only the three rights properties: no caption, no source.
      expect(xmp).not.toContain('description');
      expect(xmp).not.toContain('Source');
      // exifr reads JPEG (the original's format) but not WebP; sharp covers both above.
      if (r.format === 'jpeg') {
        const read = await exifr.parse(file, {
          xmp: true,
          gps: true,
          tiff: true,
          exif: true,
          mergeOutput: false,
        } as never);
        expect(read?.gps, r.key).toBeUndefined();
        expect(read?.ifd0, r.key).toBeUndefined();
        expect(read?.photoshop?.Credit, r.key).toBe('এএফপি');
      }
    }
  });
});
