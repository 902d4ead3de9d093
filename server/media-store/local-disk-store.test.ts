import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalDiskMediaStore } from './local-disk-store';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-store-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const sha = 'ab'.padEnd(64, '0');

describe('local disk media store', () => {
  const store = new LocalDiskMediaStore(root);

  it('writes, reads, streams and deletes a file by key', async () => {
    const key = `ab/${sha}-640.webp`;
    await store.put(key, Buffer.from('bytes'));
    expect(await store.has(key)).toBe(true);
    expect((await store.get(key))?.toString()).toBe('bytes');
    const opened = await store.open(key);
    expect(opened?.size).toBe(5);
    opened?.stream.destroy();
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    expect(await store.open(key)).toBeNull();
    // No temp file is left behind.
    expect(fs.readdirSync(path.join(root, '.tmp'))).toEqual([]);
  });

  it('refuses keys that could leave its folder or name other files', async () => {
    for (const key of ['../etc/passwd', `ab/../../${sha}.jpg`, `/ab/${sha}.jpg`, `ab/${sha}.svg`, 'x']) {
      await expect(store.put(key, Buffer.from('x'))).rejects.toThrow(/Not a media key/);
    }
  });
});
