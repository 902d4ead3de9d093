import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server, type TestS3Server } from '../test/s3-server';
import { LocalDiskMediaStore } from './local-disk-store';
import type { MediaStore } from './media-store';
import { S3MediaStore } from './s3-store';

let s3: TestS3Server;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-store-'));
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3?.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

const sha = (n: number) => createHash('sha256').update(String(n)).digest('hex');
const keyOf = (n: number, suffix = '640.webp') => `${sha(n).slice(0, 2)}/${sha(n)}-${suffix}`;

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function listAll(store: MediaStore) {
  const out = [];
  for await (const page of store.list()) out.push(...page);
  return out;
}

/** A stream of `total` bytes in 64 KiB pieces, made as it is read; fails after `failAt` bytes if given. */
function generated(total: number, failAt?: number) {
  const hash = createHash('sha256');
  let sent = 0;
  const stream = new Readable({
    read() {
      if (failAt !== undefined && sent >= failAt) return this.destroy(new Error('client went away'));
      if (sent >= total) return this.push(null);
      const piece = randomBytes(Math.min(64 * 1024, total - sent));
      sent += piece.length;
      hash.update(piece);
      this.push(piece);
    },
  });
  return { stream, digest: () => hash.digest('hex') };
}

// The same contract, word for word, for every store Barta can be configured with.
const stores: Array<[string, () => MediaStore]> = [
  ['local disk', () => new LocalDiskMediaStore(path.join(root, 'contract'), 'https://cdn.example.com/m/')],
  ['S3 (s3rver)', () => s3.store({ prefix: 'contract/', publicBase: 'https://cdn.example.com/m' })],
];

describe.each(stores)('media store contract: %s', (_name, make) => {
  let store: MediaStore;
  beforeAll(() => {
    store = make();
  });

  it('writes, reads, streams and deletes a file by key', async () => {
    const key = keyOf(1);
    expect(await store.has(key)).toBe(false);
    expect(await store.get(key)).toBeNull();
    expect(await store.open(key)).toBeNull();
    await store.put(key, Buffer.from('bytes'));
    expect(await store.has(key)).toBe(true);
    expect((await store.get(key))?.toString()).toBe('bytes');
    const opened = await store.open(key);
    expect(opened?.size).toBe(5);
    expect((await readAll(opened!.stream)).toString()).toBe('bytes');
    await store.delete(key);
    expect(await store.has(key)).toBe(false);
    expect(await store.get(key)).toBeNull();
    // Deleting what is gone is not an error (a retried delete, two instances sweeping).
    await store.delete(key);
  });

  it('writes the same key twice with the same bytes (content addressing makes writes idempotent)', async () => {
    const key = keyOf(2, 'original.jpg');
    await Promise.all([store.put(key, Buffer.from('same')), store.put(key, Buffer.from('same'))]);
    expect((await store.get(key))?.toString()).toBe('same');
  });

  it('takes a stream larger than one multipart part and stores every byte', { timeout: 60_000 }, async () => {
    const key = keyOf(3, 'original.png');
    const { stream, digest } = generated(11 * 1024 * 1024 + 123);
    await store.put(key, stream);
    const opened = await store.open(key);
    expect(opened?.size).toBe(11 * 1024 * 1024 + 123);
    const back = await readAll(opened!.stream);
    expect(createHash('sha256').update(back).digest('hex')).toBe(digest());
  });

  it('leaves no file when the incoming stream fails midway', { timeout: 60_000 }, async () => {
    const key = keyOf(4, 'original.jpg');
    const { stream } = generated(8 * 1024 * 1024, 6 * 1024 * 1024);
    await expect(store.put(key, stream)).rejects.toThrow();
    expect(await store.has(key)).toBe(false);
    expect((await listAll(store)).map((f) => f.key)).not.toContain(key);
  });

  it('lists its media files with their write times, and nothing else', async () => {
    const before = Date.now() - 60_000;
    const keys = [keyOf(5, '1280.webp'), keyOf(6, 'sq400-f50x50.webp')];
    for (const key of keys) await store.put(key, Buffer.from(key));
    const listed = await listAll(store);
    for (const key of keys) {
      const file = listed.find((f) => f.key === key);
      expect(file, key).toBeDefined();
      expect(file!.modifiedAt.getTime()).toBeGreaterThan(before);
    }
    expect(listed.every((f) => /^[0-9a-f]{2}\/[0-9a-f]{64}-/.test(f.key))).toBe(true);
  });

  it('refuses keys that could leave its folder or name other files', async () => {
    for (const key of [
      '../etc/passwd',
      `ab/../../${sha(1)}.jpg`,
      `/ab/${sha(1)}.jpg`,
      `ab/${sha(1)}.svg`,
      'x',
    ]) {
      await expect(store.put(key, Buffer.from('x'))).rejects.toThrow(/Not a media key/);
      await expect(store.get(key)).rejects.toThrow(/Not a media key/);
    }
  });

  it('gives a public address only when one is configured', async () => {
    expect(store.publicUrl(keyOf(7))).toMatch(
      new RegExp(`^https://cdn\\.example\\.com/m/(contract/)?${keyOf(7)}$`),
    );
    await expect(store.check()).resolves.toBeUndefined();
  });
});

describe('S3 store specifics', () => {
  it('ignores foreign objects in the bucket and keeps within its prefix', async () => {
    const store = s3.store({ prefix: 'mine/' });
    const other = s3.store({ prefix: 'theirs/' });
    await store.put(keyOf(10), Buffer.from('a'));
    await other.put(keyOf(11), Buffer.from('b'));
    await store.client.send(
      new PutObjectCommand({ Bucket: s3.bucket, Key: 'mine/notes.txt', Body: 'not media' }),
    );
    expect((await listAll(store)).map((f) => f.key)).toEqual([keyOf(10)]);
    expect(await store.has(keyOf(11))).toBe(false);
    expect(store.publicUrl(keyOf(10))).toBeUndefined();
  });

  it('stores objects with the immutable cache header and the type named by the key', async () => {
    const store = s3.store({ prefix: 'headers/' });
    await store.put(keyOf(12, '800.avif'), Buffer.from('x'));
    const res = await fetch(`${s3.endpoint}/${s3.bucket}/headers/${keyOf(12, '800.avif')}`);
    // s3rver serves anonymous reads, like a bucket with a public-read policy.
    expect(res.headers.get('content-type')).toBe('image/avif');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('fails its readiness check for a bucket that does not exist', async () => {
    const store = new S3MediaStore(s3.storeOptions({ bucket: 'no-such-bucket' }));
    await expect(store.check()).rejects.toThrow();
  });
});
