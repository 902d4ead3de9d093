import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, auditLog, media, mediaUsage } from '../../db/schema';
import { LocalDiskMediaStore, setMediaStore } from '../../media-store';
import { errorOf, insertStory } from '../../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../../test/harness';
import { resolveMediaForRender } from './media.queries';
import { resumeMediaProcessing, whenMediaProcessingIdle } from './media-processing';
import { formDataWith, makeImage, makeJpegWithGps, makePixelBomb } from './test-images';

let h: TestHarness;
let editor: TestUser;
let desk: TestUser;
let store: LocalDiskMediaStore;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-media-'));

beforeAll(async () => {
  h = await createTestHarness();
  store = new LocalDiskMediaStore(root);
  setMediaStore(h.config, store);
  editor = await h.makeUser('editor');
  desk = await h.makeUser('desk');
});
afterAll(async () => {
  await whenMediaProcessingIdle();
  await h.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const upload = (bytes: Buffer, name: string, as: TestUser = editor) =>
  h.caller(as).media.upload(formDataWith(bytes, name));

async function rowOf(id: string) {
  const [row] = await h.db.select().from(media).where(eq(media.id, id));
  return row;
}

describe('upload: accepted formats', () => {
  it.each([
    ['jpeg', 'image/jpeg', 'jpeg'],
    ['png', 'image/png', 'png'],
    ['webp', 'image/webp', null],
    ['gif', 'image/gif', 'gif'],
    ['avif', 'image/avif', 'avif'],
  ] as const)(
    '%s: answered with the first rendition, the rest made in the background',
    async (format, mime, second) => {
      const bytes = await makeImage(format, { width: 1200, height: 800 });
      const { media: item, duplicate } = await upload(bytes, `ছবি.${format}`);
      expect(duplicate).toBe(false);
      expect(item).toMatchObject({
        mime,
        width: 1200,
        height: 800,
        bytes: bytes.length,
        originalName: `ছবি.${format}`,
      });
      expect(item.previewSrc).toMatch(/^\/media\/[0-9a-f]{2}\/[0-9a-f]{64}-640\.webp$/);
      expect(item.blurDataUrl).toMatch(/^data:image\/webp;base64,/);
      expect(await store.has(item.previewSrc.slice('/media/'.length))).toBe(true);

      await whenMediaProcessingIdle();
      const row = await rowOf(item.id);
      expect(row.status).toBe('ready');
      const widths = (f: string) =>
        row.renditions
          .filter((r) => r.format === f && !r.crop)
          .map((r) => r.width)
          .sort((a, b) => a - b);
      expect(widths('webp')).toEqual([320, 640, 960, 1200]);
      if (second) expect(widths(second)).toEqual([320, 640, 960, 1200]);
      expect(row.renditions.filter((r) => r.crop === 'square')).toHaveLength(1);
      for (const r of row.renditions) {
        const file = await store.get(r.key);
        expect(file, r.key).not.toBeNull();
        const meta = await sharp(file!).metadata();
        expect(meta.format).toBe(r.format === 'jpeg' ? 'jpeg' : r.format === 'avif' ? 'heif' : r.format);
        expect([meta.width, meta.height]).toEqual([r.width, r.height]);
      }
      const [audit] = await h.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'media.upload'), eq(auditLog.entityId, item.id)));
      expect(audit.actorId).toBe(editor.id);
    },
  );

  it('recognises a PNG named .jpg by its bytes', async () => {
    const { media: item } = await upload(await makeImage('png', { width: 400, height: 300 }), 'photo.jpg');
    expect(item.mime).toBe('image/png');
  });

  it('never upscales: a small image gets one width', async () => {
    const { media: item } = await upload(await makeImage('jpeg', { width: 200, height: 150 }), 'small.jpg');
    await whenMediaProcessingIdle();
    const row = await rowOf(item.id);
    expect(new Set(row.renditions.filter((r) => !r.crop).map((r) => r.width))).toEqual(new Set([200]));
  });
});

describe('upload: refused files name the file and the reason', () => {
  it('an SVG with a script', async () => {
    const svg = Buffer.from(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    const e = await errorOf(upload(svg, 'logo.png'));
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.message).toMatch(/“logo\.png” was not uploaded: it is an SVG drawing/);
  });

  it('an HTML page and a PDF', async () => {
    expect((await errorOf(upload(Buffer.from('<!doctype html><p>hi'), 'a.jpg'))).message).toMatch(
      /“a\.jpg”.*HTML page/,
    );
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
    expect((await errorOf(upload(pdf, 'doc.webp'))).message).toMatch(/“doc\.webp”.*PDF document/);
  });

  it('a renamed executable', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200, 1)]);
    expect((await errorOf(upload(elf, 'cat.jpg'))).message).toMatch(/“cat\.jpg” was not uploaded/);
  });

  it('random bytes', async () => {
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
    const e = await errorOf(upload(random, 'noise.jpg'));
    expect(e.message).toMatch(
      /“noise\.jpg” was not uploaded: it is not a recognisable image\. Upload a JPEG, PNG/,
    );
  });

  it('an empty file', async () => {
    const e = await errorOf(upload(Buffer.alloc(0), 'empty.png'));
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.message).toMatch(/“empty\.png”.*empty \(0 bytes\)/);
  });

  it('a file over the size limit', async () => {
    const big = Buffer.alloc(h.config.maxUploadBytes + 1);
    const e = await errorOf(upload(big, 'huge.jpg'));
    expect(e.code).toBe('PAYLOAD_TOO_LARGE');
    expect(e.message).toBe('“huge.jpg” is too large (25 MB): the limit is 25 MB.');
  });

  it('a pixel bomb: a tiny PNG declaring 50,000 × 50,000 pixels', async () => {
    const bomb = makePixelBomb();
    expect(bomb.length).toBeLessThan(2000);
    const e = await errorOf(upload(bomb, 'bomb.png'));
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.message).toMatch(/“bomb\.png”.*50000 × 50000 pixels, more than the limit/);
  });

  it('a truncated JPEG', async () => {
    const whole = await makeImage('jpeg', { width: 800, height: 600 });
    const e = await errorOf(upload(whole.subarray(0, Math.floor(whole.length / 2)), 'cut.jpg'));
    expect(e.message).toMatch(/“cut\.jpg”.*JPEG image but is damaged or incomplete/);
  });

  it('nothing of a refused file is stored', async () => {
    const before = await h.db.select({ id: media.id }).from(media);
    await errorOf(upload(makePixelBomb(), 'again.png'));
    expect(await h.db.select({ id: media.id }).from(media)).toHaveLength(before.length);
  });
});

describe('content addressing and privacy', () => {
  it('the same bytes uploaded twice are one item', async () => {
    const bytes = await makeImage('jpeg', { width: 500, height: 400 });
    const first = await upload(bytes, 'one.jpg');
    const second = await upload(bytes, 'two.jpg', desk);
    expect(second.duplicate).toBe(true);
    expect(second.media.id).toBe(first.media.id);
    const rows = await h.db
      .select({ id: media.id })
      .from(media)
      .where(eq(media.sha256, (await rowOf(first.media.id)).sha256));
    expect(rows).toHaveLength(1);
  });

  it('applies the EXIF orientation and strips GPS from every rendition', async () => {
    const marker = 'BARTA-GPS-MARKER';
    const bytes = await makeJpegWithGps(marker);
    expect(bytes.includes(marker)).toBe(true);
    const { media: item } = await upload(bytes, 'field.jpg');
    // Orientation 6: a 600×400 sensor image stands upright as 400×600.
    expect([item.width, item.height]).toEqual([400, 600]);
    await whenMediaProcessingIdle();
    const row = await rowOf(item.id);
    expect(row.renditions.length).toBeGreaterThanOrEqual(5);
    for (const r of row.renditions) {
      const file = (await store.get(r.key))!;
      expect(file.includes(marker), r.key).toBe(false);
      const meta = await sharp(file).metadata();
      expect(meta.exif, r.key).toBeUndefined();
      if (!r.crop) expect(meta.height, r.key).toBeGreaterThan(meta.width!);
    }
    expect(item.blurDataUrl.includes(Buffer.from(marker).toString('base64'))).toBe(false);
  });
});

describe('metadata, search and render data', () => {
  it('edits texts, finds Bengali captions by prefix, and records the audit', async () => {
    const { media: item } = await upload(await makeImage('jpeg', { width: 700, height: 500 }), 'musk.jpg');
    const updated = await h.caller(desk).media.update({
      id: item.id,
      alt: 'মঞ্চে কথা বলছেন ইলন মাস্ক',
      caption: 'ইলন মাস্ক।',
      credit: 'সংগৃহীত',
      rightsNote: 'Agency pool',
    });
    expect(updated).toMatchObject({ caption: 'ইলন মাস্ক।', credit: 'সংগৃহীত', rightsNote: 'Agency pool' });
    const find = async (q: string) => (await h.caller(editor).media.list({ q })).items.map((i) => i.id);
    expect(await find('মাস্ক')).toContain(item.id);
    expect(await find('মাস')).toContain(item.id);
    expect(await find('সংগৃহীত')).toContain(item.id);
    expect(await find('“ইলন মাস্ক”')).toContain(item.id);
    expect(await find('musk')).toContain(item.id);
    expect(await find('রয়টার্স')).not.toContain(item.id);
    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'media.update'), eq(auditLog.entityId, item.id)));
    expect(audit.after).toMatchObject({ caption: 'ইলন মাস্ক।', credit: 'সংগৃহীত' });
  });

  it('refuses markup in captions', async () => {
    const { media: item } = await upload(await makeImage('png', { width: 300, height: 200 }), 'x.png');
    const e = await errorOf(
      h.caller(editor).media.update({ id: item.id, caption: '<img src=x onerror=alert(1)>' }),
    );
    expect(e.code).toBe('BAD_REQUEST');
  });

  it('a new focal point makes a new square thumbnail around it', async () => {
    const { media: item } = await upload(await makeImage('jpeg', { width: 900, height: 400 }), 'wide.jpg');
    await whenMediaProcessingIdle();
    const before = (await h.caller(editor).media.get({ id: item.id })).thumbSrc;
    const after = await h.caller(editor).media.update({ id: item.id, focalX: 0.9, focalY: 0.5 });
    expect(after.thumbSrc).not.toBe(before);
    expect(after.thumbSrc).toMatch(/-sq320-f90x50\.webp$/);
    const thumb = (await store.get(after.thumbSrc.slice('/media/'.length)))!;
    expect(await sharp(thumb).metadata()).toMatchObject({ width: 320, height: 320 });
    expect((await rowOf(item.id)).renditions.filter((r) => r.crop === 'square')).toHaveLength(1);
  });

  it('filters by uploader and lists newest first in keyset pages', async () => {
    const mine = await h.makeUser('manager');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push(
        (await upload(await makeImage('webp', { width: 320, height: 200 }), `p${i}.webp`, mine)).media.id,
      );
    const first = await h.caller(mine).media.list({ uploadedBy: mine.id, limit: 2 });
    expect(first.items.map((i) => i.id)).toEqual([ids[2], ids[1]]);
    const second = await h
      .caller(mine)
      .media.list({ uploadedBy: mine.id, limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((i) => i.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();
    const oldest = await h.caller(mine).media.list({ uploadedBy: mine.id, sort: 'oldest' });
    expect(oldest.items.map((i) => i.id)).toEqual(ids);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: h.config.timeZone }).format(new Date());
    expect(
      (await h.caller(mine).media.list({ uploadedBy: mine.id, from: today, to: today })).items,
    ).toHaveLength(3);
    expect((await h.caller(mine).media.list({ uploadedBy: mine.id, to: '2000-01-01' })).items).toHaveLength(
      0,
    );
  });

  it('resolveMediaForRender gives src, srcset, sizes, dimensions and texts', async () => {
    const { media: item } = await upload(await makeImage('jpeg', { width: 1400, height: 700 }), 'r.jpg');
    await h.caller(editor).media.update({ id: item.id, alt: 'বিকল্প', caption: 'ক্যাপশন', credit: 'সংগৃহীত' });
    await whenMediaProcessingIdle();
    const map = await resolveMediaForRender(h.db, [item.id.toUpperCase(), 'not-an-id']);
    const r = map.get(item.id)!;
    expect(r.src).toMatch(/-1280\.webp$/);
    expect(r.srcset.split(', ').map((s) => s.split(' ')[1])).toEqual([
      '320w',
      '640w',
      '960w',
      '1280w',
      '1400w',
    ]);
    expect(r).toMatchObject({ width: 1400, height: 700, alt: 'বিকল্প', caption: 'ক্যাপশন', credit: 'সংগৃহীত' });
    expect(r.sizes).toBeTruthy();
    expect(map.size).toBe(1);
  });
});

describe('delete', () => {
  it('is refused while a story uses the image, naming the story', async () => {
    const { media: item } = await upload(await makeImage('jpeg', { width: 400, height: 300 }), 'used.jpg');
    const story = await insertStory(h.db, { status: 'draft', headline: 'বন্যায় ডুবেছে গ্রাম' });
    await h.db.insert(mediaUsage).values({ articleId: story.id, mediaId: item.id, kind: 'figure' });
    const e = await errorOf(h.caller(editor).media.delete({ id: item.id }));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toMatch(/used in a story: “বন্যায় ডুবেছে গ্রাম”/);
    const got = await h.caller(editor).media.get({ id: item.id });
    expect(got.usedIn).toEqual([{ articleId: story.id, headline: 'বন্যায় ডুবেছে গ্রাম', kind: 'figure' }]);

    // A lead image counts too, even without a recorded use.
    await h.db.delete(mediaUsage).where(eq(mediaUsage.mediaId, item.id));
    await h.db.update(articles).set({ leadMediaId: item.id }).where(eq(articles.id, story.id));
    expect((await errorOf(h.caller(editor).media.delete({ id: item.id }))).message).toMatch(/বন্যায় ডুবেছে গ্রাম/);

    await h.db.update(articles).set({ leadMediaId: null }).where(eq(articles.id, story.id));
    await whenMediaProcessingIdle();
    const keys = (await rowOf(item.id)).renditions.map((r) => r.key);
    await h.caller(editor).media.delete({ id: item.id });
    expect(await rowOf(item.id)).toBeUndefined();
    for (const key of keys) expect(await store.has(key)).toBe(false);
    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'media.delete'), eq(auditLog.entityId, item.id)));
    expect(audit.actorId).toBe(editor.id);
  });

  it('desk staff may not delete', async () => {
    const { media: item } = await upload(await makeImage('png', { width: 300, height: 300 }), 'd.png');
    expect((await errorOf(h.caller(desk).media.delete({ id: item.id }))).code).toBe('FORBIDDEN');
  });
});

describe('background processing', () => {
  it('resumes images left processing by a restart', async () => {
    const { media: item } = await upload(await makeImage('jpeg', { width: 1000, height: 600 }), 'resume.jpg');
    await whenMediaProcessingIdle();
    const ready = await rowOf(item.id);
    // As if the server stopped right after answering: only the first rendition exists.
    const first = ready.renditions.filter((r) => r.width === 640 && r.format === 'webp');
    for (const r of ready.renditions) if (!first.includes(r)) await store.delete(r.key);
    await h.db.update(media).set({ status: 'processing', renditions: first }).where(eq(media.id, item.id));

    const resumed = await resumeMediaProcessing({
      db: h.db,
      store,
      events: h.events,
      log: h.context(null).log,
    });
    expect(resumed).toBeGreaterThanOrEqual(1);
    await whenMediaProcessingIdle();
    const again = await rowOf(item.id);
    expect(again.status).toBe('ready');
    expect(again.renditions).toHaveLength(ready.renditions.length);
    for (const r of again.renditions) expect(await store.has(r.key)).toBe(true);
  });

  it('marks an image failed when its original is gone, and says why', async () => {
    const { media: item } = await upload(await makeImage('png', { width: 700, height: 300 }), 'lost.png');
    await whenMediaProcessingIdle();
    const row = await rowOf(item.id);
    await store.delete(row.originalKey);
    await h.db.update(media).set({ status: 'processing' }).where(eq(media.id, item.id));
    await resumeMediaProcessing({ db: h.db, store, events: h.events, log: h.context(null).log });
    await whenMediaProcessingIdle();
    const failed = await h.caller(editor).media.get({ id: item.id });
    expect(failed.status).toBe('failed');
    expect(failed.processingError).toMatch(/missing/);
  });
});
