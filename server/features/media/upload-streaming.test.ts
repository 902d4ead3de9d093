import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { count } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { media } from '../../db/schema';
import { LocalDiskMediaStore } from '../../media-store';
import type { TestHarness, TestUser } from '../../test/harness';
import { type MediaTestApp, startMediaApp } from '../../test/media-app';
import { whenMediaProcessingIdle } from './media-processing';
import { clearStaleStagedFiles } from './staged-file';
import { makeImage } from './test-images';

// Uploads over a real socket, as the dashboard sends them: the body is read as it
// arrives, so these tests look at what a large, oversized, fake or interrupted
// upload leaves in memory, in the staging folder, in the store and in the database.
let served: MediaTestApp;
let h: TestHarness;
let editor: TestUser;
let base = '';
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-upload-stream-'));
const staging = path.join(root, 'staging');
const files = path.join(root, 'files');
const LIMIT = 64 * 1024 * 1024;

beforeAll(async () => {
  served = await startMediaApp(new LocalDiskMediaStore(files), (config) => {
    config.maxUploadBytes = LIMIT;
    config.uploadTmpDir = staging;
  });
  ({ h, editor, base } = served);
});
afterAll(async () => {
  await served?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const headers = (name: string) => ({
  origin: base,
  cookie: `barta_session=${editor.sessionToken}`,
  'content-type': 'application/octet-stream',
  'x-file-name': encodeURIComponent(name),
});

/** A body without a declared size (chunked), so only the streaming count can stop it. */
function chunked(body: Readable, name: string) {
  return fetch(`${base}/trpc/media.upload`, {
    method: 'POST',
    headers: headers(name),
    body: Readable.toWeb(body) as ReadableStream,
    duplex: 'half',
  } as RequestInit);
}

/**
 * Sends a file as a browser on a fast network would: 256 KB at a time, each when the
 * socket has taken the last (http.request keeps to backpressure; Node 20's fetch with a
 * stream body reads the whole source ahead, which would measure the client, not Barta).
 */
function sendFile(file: string, size: number, name: string): Promise<{ status: number; body: string }> {
  const url = new URL(`${base}/trpc/media.upload`);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { ...headers(name), 'content-length': String(size) },
      },
      async (res) => {
        let body = '';
        for await (const chunk of res) body += chunk;
        resolve({ status: res.statusCode ?? 0, body });
      },
    );
    req.on('error', reject);
    fs.createReadStream(file, { highWaterMark: 256 * 1024 }).pipe(req);
  });
}

function pieces(total: number, make: (size: number) => Buffer = randomBytes): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= total) return this.push(null);
      const piece = make(Math.min(256 * 1024, total - sent));
      sent += piece.length;
      this.push(piece);
    },
  });
}

const stagingFiles = () => (fs.existsSync(staging) ? fs.readdirSync(staging) : []);
const storedFiles = () =>
  fs.existsSync(files)
    ? fs
        .readdirSync(files, { recursive: true })
        .filter((f) => String(f).includes('.') && !String(f).startsWith('.'))
    : [];
const mediaRows = async () => (await h.db.select({ n: count() }).from(media))[0].n;

async function settle(check: () => boolean, ms = 5000) {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
}

describe('uploads stream to disk', () => {
  it('takes a 40 MB image without holding it whole in memory, and leaves no temp file', {
    timeout: 120_000,
  }, async () => {
    // Raw noise, stored uncompressed: a valid PNG whose size is all pixels.
    const width = 3700;
    const height = 3800;
    const png = path.join(root, 'big.png');
    await sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toFile(png);
    const size = fs.statSync(png).size;
    expect(size).toBeGreaterThan(40 * 1024 * 1024);

    // Live memory, not garbage: on loopback 40 MB arrive faster than V8 collects on its
    // own, so each sample first runs a full collection.
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // On PGlite the embedded database's WebAssembly memory is an ArrayBuffer of this
    // process that grows in steps of many MB and never shrinks: its growth is the
    // database's, not the upload's, so it is left out.
    const pgliteMemory = () =>
      (h.database.pglite as unknown as { mod?: { HEAPU8?: Uint8Array } } | undefined)?.mod?.HEAPU8?.buffer
        .byteLength ?? 0;
    const used = () => {
      gc();
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers - pgliteMemory();
    };
    const before = used();
    let peak = before;
    let answered = false;
    const sending = sendFile(png, size, 'বড়-ছবি.png').finally(() => {
      answered = true;
    });
    // Sampled while the body arrives, up to the moment the server holds all of it (a
    // buffering server holds the whole file then). Renditions made in the background
    // after that are bounded by their own size, not the upload's, and are not measured.
    const receivedWhole = () =>
      stagingFiles().some(
        (f) => (fs.statSync(path.join(staging, f), { throwIfNoEntry: false })?.size ?? 0) >= size,
      );
    while (!answered && !receivedWhole()) {
      peak = Math.max(peak, used());
      await new Promise((r) => setTimeout(r, 100));
    }
    const res = await sending;
    await whenMediaProcessingIdle();
    expect(res.status, res.body).toBe(200);
    const item = JSON.parse(res.body).result.data.media;
    expect(item).toMatchObject({ width, height, bytes: size, mime: 'image/png', originalName: 'বড়-ছবি.png' });
    const growth = peak - before;
    // Buffering the body grows live memory by at least the whole file (measured: +40.7 MB
    // for this one); streaming holds a few pieces, a few MB; the bound stays short of the
    // file's size for other work in the same process on a busy machine.
    expect(
      growth,
      `grew ${(growth / 2 ** 20).toFixed(1)} MB for a ${(size / 2 ** 20).toFixed(1)} MB upload`,
    ).toBeLessThan(size * 0.75);
    const original = fs.readdirSync(path.join(files, item.previewSrc.slice(7, 9)));
    expect(original.some((f) => f.endsWith('-original.png'))).toBe(true);
    expect(
      fs.statSync(
        path.join(files, item.previewSrc.slice(7, 9), original.find((f) => f.endsWith('-original.png'))!),
      ).size,
    ).toBe(size);
    await whenMediaProcessingIdle();
    expect(stagingFiles()).toEqual([]);
  });

  it('refuses a body that grows past the limit midway, with the limit in the message, keeping nothing', {
    timeout: 60_000,
  }, async () => {
    h.config.maxUploadBytes = 1024 * 1024;
    try {
      const rows = await mediaRows();
      const stored = storedFiles().length;
      const head = await makeImage('jpeg', { width: 400, height: 300 });
      let first = true;
      const body = pieces(6 * 1024 * 1024, (n) => {
        if (!first) return randomBytes(n);
        first = false;
        return Buffer.concat([head, randomBytes(Math.max(0, n - head.length))]);
      });
      const res = await chunked(body, 'অনেক-বড়.jpg');
      expect(res.status).toBe(413);
      expect((await res.json()).error.data).toMatchObject({
        code: 'PAYLOAD_TOO_LARGE',
        userMessage:
          '“অনেক-বড়.jpg” is too large: it is over the limit of 1 MB. Make the file smaller and try again.',
      });
      await settle(() => stagingFiles().length === 0);
      expect(stagingFiles()).toEqual([]);
      expect(storedFiles().length).toBe(stored);
      expect(await mediaRows()).toBe(rows);
    } finally {
      h.config.maxUploadBytes = LIMIT;
    }
  });

  it('refuses a fake image from its first bytes, naming what it is', { timeout: 60_000 }, async () => {
    const rows = await mediaRows();
    const page = Buffer.from('<!doctype html><html><body><script>alert(1)</script>'.padEnd(8192, ' '));
    let sentFirst = false;
    const res = await chunked(
      pieces(20 * 1024 * 1024, (n) => {
        if (sentFirst) return Buffer.alloc(n, 0x20);
        sentFirst = true;
        return Buffer.concat([page, Buffer.alloc(Math.max(0, n - page.length), 0x20)]);
      }),
      'photo.jpg',
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.data.userMessage).toBe(
      '“photo.jpg” was not uploaded: it is an HTML page. Upload a JPEG, PNG, WebP, GIF or AVIF image.',
    );
    await settle(() => stagingFiles().length === 0);
    expect(stagingFiles()).toEqual([]);
    expect(await mediaRows()).toBe(rows);
  });

  it('leaves nothing behind when the connection drops midway', { timeout: 60_000 }, async () => {
    const rows = await mediaRows();
    const stored = storedFiles().length;
    const head = await makeImage('jpeg', { width: 400, height: 300 });
    const url = new URL(`${base}/trpc/media.upload`);
    const req = http.request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: { ...headers('cut.jpg'), 'content-length': String(20 * 1024 * 1024) },
    });
    req.on('error', () => {});
    req.write(head);
    req.write(randomBytes(2 * 1024 * 1024));
    // The server has started writing the temp file: now the client goes away.
    await settle(() => stagingFiles().length > 0);
    expect(stagingFiles().length).toBe(1);
    req.destroy();
    await settle(() => stagingFiles().length === 0);
    expect(stagingFiles()).toEqual([]);
    expect(storedFiles().length).toBe(stored);
    expect(await mediaRows()).toBe(rows);
  });

  it('clears temp files a killed process left, and only old ones', async () => {
    fs.mkdirSync(staging, { recursive: true });
    const old = path.join(staging, 'left-by-a-crash.part');
    const fresh = path.join(staging, 'arriving-now.part');
    fs.writeFileSync(old, 'x');
    fs.writeFileSync(fresh, 'y');
    const yesterday = new Date(Date.now() - 24 * 3600_000);
    fs.utimesSync(old, yesterday, yesterday);
    expect(await clearStaleStagedFiles(staging)).toBe(1);
    expect(stagingFiles()).toEqual(['arriving-now.part']);
    fs.rmSync(fresh);
  });
});
