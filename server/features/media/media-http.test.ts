import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDiskMediaStore } from '../../media-store';
import type { TestHarness, TestUser } from '../../test/harness';
import { type MediaTestApp, startMediaApp } from '../../test/media-app';
import { formDataWith, makeImage, uploadRequest } from './test-images';

let served: MediaTestApp;
let h: TestHarness;
let app: FastifyInstance;
let editor: TestUser;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-media-http-'));
let base = '';

beforeAll(async () => {
  served = await startMediaApp(new LocalDiskMediaStore(root), (config) => {
    config.maxUploadBytes = 1024 * 1024;
  });
  ({ h, app, editor, base } = served);
});
afterAll(async () => {
  await served?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

// Over a real socket: tRPC reads multipart bodies from the Node request stream, which inject() does not provide.
async function post(init: RequestInit, { cookie = true, origin = base, url = '/trpc/media.upload' } = {}) {
  const headers: Record<string, string> = { origin, ...(init.headers as Record<string, string>) };
  if (cookie) headers.cookie = `barta_session=${editor.sessionToken}`;
  const res = await fetch(`${base}${url}`, { ...init, headers });
  const body = await res.text();
  return { statusCode: res.status, body, json: () => JSON.parse(body) };
}

describe('media over HTTP', () => {
  it('uploads the file as the request body and serves the rendition with safe, immutable headers', async () => {
    const res = await post(uploadRequest(await makeImage('jpeg', { width: 800, height: 600 }), 'ঢাকা.jpg'));
    expect(res.statusCode, res.body).toBe(200);
    const item = res.json().result.data.media;
    expect(item.originalName).toBe('ঢাকা.jpg');
    const file = await app.inject(item.previewSrc);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/webp');
    expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.rawPayload.subarray(8, 12).toString()).toBe('WEBP');
    const again = await app.inject({
      url: item.previewSrc,
      headers: { 'if-none-match': String(file.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('never serves originals or anything outside the store', async () => {
    const res = await post(uploadRequest(await makeImage('png', { width: 300, height: 200 }), 'o.png'));
    const { previewSrc } = res.json().result.data.media;
    const original = String(previewSrc).replace(/-\d+\.webp$/, '-original.png');
    for (const url of [
      original,
      '/media/../package.json',
      '/media/%2e%2e/package.json',
      `${previewSrc}.svg`,
      '/media/ab/x.webp',
    ]) {
      expect((await app.inject(url)).statusCode, url).toBe(404);
    }
  });

  it('refuses an over-size upload before reading it, with a tRPC error the client can show', async () => {
    const big = Buffer.alloc(h.config.maxUploadBytes + 200 * 1024, 1);
    const res = await post(uploadRequest(big, 'big.jpg'));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.data).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      userMessage: '“big.jpg” is too large (1.2 MB): the limit is 1 MB.',
    });
  });

  it('keeps the global limit for multipart bodies sent to other procedures', async () => {
    const res = await post(
      { method: 'POST', body: formDataWith(Buffer.alloc(6 * 1024 * 1024), 'x.bin') },
      {
        url: '/trpc/auth.signIn',
      },
    );
    expect(res.statusCode).toBe(413);
  });

  it('takes no form data for uploads and no raw body elsewhere, saying what to send', async () => {
    const image = await makeImage('png', { width: 100, height: 100 });
    const form = await post({ method: 'POST', body: formDataWith(image, 'a.png') });
    expect(form.statusCode).toBe(415);
    expect(form.json().error.data.userMessage).toMatch(/application\/octet-stream.*x-file-name/);
    const raw = await post(uploadRequest(image, 'a.png'), { url: '/trpc/media.update' });
    expect(raw.statusCode).toBe(415);
  });

  it('checks the session and the origin on every upload', async () => {
    const image = await makeImage('png', { width: 100, height: 100 });
    expect((await post(uploadRequest(image, 'a.png'), { cookie: false })).statusCode).toBe(401);
    expect((await post(uploadRequest(image, 'a.png'), { origin: 'https://evil.example' })).statusCode).toBe(
      403,
    );
  });
});
