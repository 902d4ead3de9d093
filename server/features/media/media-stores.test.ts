import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../http/app';
import { LocalDiskMediaStore, type MediaStore, setMediaStore } from '../../media-store';
import type { TestHarness, TestUser } from '../../test/harness';
import { type MediaTestApp, startMediaApp } from '../../test/media-app';
import { startS3Server, type TestS3Server } from '../../test/s3-server';
import { whenMediaProcessingIdle } from './media-processing';
import { sweepMediaOrphans } from './sweep-media-orphans';
import { makeImage, uploadRequest } from './test-images';

let s3: TestS3Server;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-media-stores-'));
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3?.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

/** Reads the body too: an unread image would keep its connection busy and hold up the server's close. */
async function statusOf(url: string): Promise<number> {
  const res = await fetch(url);
  await res.arrayBuffer();
  return res.status;
}

async function keysIn(store: MediaStore): Promise<string[]> {
  const keys: string[] = [];
  for await (const page of store.list()) keys.push(...page.map((f) => f.key));
  return keys.sort();
}

// Upload, serving, deletion and the orphan sweep, the same on every store.
describe.each([
  ['local disk', (publicBase?: string) => new LocalDiskMediaStore(path.join(root, 'files'), publicBase)],
  ['S3', (publicBase?: string) => s3.store({ prefix: 'feature/', publicBase })],
])('media on %s', (_name, makeStore) => {
  let served: MediaTestApp;
  let h: TestHarness;
  let editor: TestUser;
  let store: MediaStore;
  let base = '';

  beforeAll(async () => {
    store = makeStore();
    served = await startMediaApp(store);
    ({ h, editor, base } = served);
  });
  afterAll(() => served?.close());

  async function upload(width: number) {
    const res = await fetch(
      `${base}/trpc/media.upload`,
      uploadRequest(await makeImage('jpeg', { width, height: 600 }), 'ঢাকা.jpg', {
        origin: base,
        cookie: `barta_session=${editor.sessionToken}`,
      }),
    );
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()).result.data.media as { id: string; previewSrc: string };
  }

  it('stores an upload and its renditions, and streams them with immutable headers', async () => {
    const item = await upload(1400);
    await whenMediaProcessingIdle();
    const keys = await keysIn(store);
    const sha = item.previewSrc.slice('/media/'.length + 3, '/media/'.length + 67);
    const own = keys.filter((k) => k.includes(sha));
    // The original, 640/1024/1280 in WebP and JPEG, and the square thumbnail at least.
    expect(own.length).toBeGreaterThanOrEqual(6);
    expect(own.some((k) => k.endsWith('-original.jpg'))).toBe(true);

    const res = await fetch(`${base}${item.previewSrc}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    expect(bytes.subarray(8, 12).toString()).toBe('WEBP');
    // A repeat with the ETag is answered without reading the store; HEAD gives the headers only.
    const again = await fetch(`${base}${item.previewSrc}`, {
      headers: { 'if-none-match': String(res.headers.get('etag')) },
    });
    await again.arrayBuffer();
    expect(again.status).toBe(304);
    const head = await fetch(`${base}${item.previewSrc}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Number(head.headers.get('content-length'))).toBe(bytes.length);
    // Originals are never served, whatever the store.
    const original = own.find((k) => k.endsWith('-original.jpg'))!;
    expect(await statusOf(`${base}/media/${original}`)).toBe(404);
  });

  it('redirects readers to the public address when MEDIA_PUBLIC_URL is set', async () => {
    const item = await upload(900);
    const config = { ...h.config, mediaPublicUrl: 'https://cdn.example.com/barta' };
    setMediaStore(config, makeStore(config.mediaPublicUrl));
    const redirecting = await buildApp({ config, database: h.database, events: h.events });
    try {
      const res = await redirecting.inject(item.previewSrc);
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toMatch(
        new RegExp(
          `^https://cdn\\.example\\.com/barta/(feature/)?${item.previewSrc.slice('/media/'.length)}$`,
        ),
      );
      const original = item.previewSrc.replace('-640.webp', '-original.jpg');
      expect((await redirecting.inject(original)).statusCode).toBe(404);
    } finally {
      await redirecting.close();
    }
  });

  it('deletes an image with all its files, and the sweep removes only old unnamed files', async () => {
    await whenMediaProcessingIdle();
    const kept = await upload(700);
    const doomed = await upload(750);
    await whenMediaProcessingIdle();
    const shaOf = (src: string) => src.slice('/media/'.length + 3, '/media/'.length + 67);
    await h.caller(editor).media.delete({ id: doomed.id });
    expect((await keysIn(store)).filter((k) => k.includes(shaOf(doomed.previewSrc)))).toEqual([]);
    expect(await statusOf(`${base}${doomed.previewSrc}`)).toBe(404);

    // Orphans: a file left by a failed removal, and a stale rendition of a kept image.
    const orphan = `${'cd'}/${'cd'.padEnd(64, '7')}-640.webp`;
    const stale = kept.previewSrc.slice('/media/'.length).replace('-640.webp', '-333.webp');
    await store.put(orphan, Buffer.from('orphan'));
    await store.put(stale, Buffer.from('stale'));
    const before = await keysIn(store);

    // Young files are left alone: their row may not be committed yet.
    expect((await sweepMediaOrphans({ db: h.db, store })).deleted).toEqual([]);
    const later = new Date(Date.now() + 25 * 3600_000);
    const swept = await sweepMediaOrphans({ db: h.db, store, now: later });
    expect(swept.deleted.sort()).toEqual([orphan, stale].sort());
    expect(swept.scanned).toBe(before.length);
    expect(await keysIn(store)).toEqual(before.filter((k) => k !== orphan && k !== stale));
    expect(await statusOf(`${base}${kept.previewSrc}`)).toBe(200);
  });
});
