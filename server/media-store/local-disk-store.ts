import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { assertMediaKey, isMediaKey, joinPublicUrl, type MediaStore, type StoredFile } from './media-store';

const LIST_PAGE = 1000;

/** Files under one folder (MEDIA_DIR, by default DATA_DIR/media), written via a temp file and rename. */
export class LocalDiskMediaStore implements MediaStore {
  readonly kind = 'local';
  private readonly tmpDir: string;

  /** `publicBase`: MEDIA_PUBLIC_URL, when a web server or CDN serves this folder itself. */
  constructor(
    readonly root: string,
    private readonly publicBase?: string,
  ) {
    this.tmpDir = path.join(root, '.tmp');
  }

  private pathOf(key: string): string {
    assertMediaKey(key);
    return path.join(this.root, key);
  }

  async put(key: string, data: Buffer | Readable): Promise<void> {
    const target = this.pathOf(key);
    await fsp.mkdir(this.tmpDir, { recursive: true });
    await fsp.mkdir(path.dirname(target), { recursive: true });
    const tmp = path.join(this.tmpDir, `${randomBytes(12).toString('hex')}.part`);
    try {
      const handle = await fsp.open(tmp, 'w');
      try {
        // A piece at a time: a stream is never collected whole in memory.
        for await (const chunk of Buffer.isBuffer(data) ? [data] : data) await handle.write(chunk);
        // On disk before the rename makes it visible: a crash leaves a whole file or none.
        await handle.sync();
      } finally {
        await handle.close().catch(() => {});
      }
      await fsp.rename(tmp, target);
    } catch (error) {
      await fsp.rm(tmp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fsp.readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      return (await fsp.stat(this.pathOf(key))).isFile();
    } catch {
      return false;
    }
  }

  async open(key: string) {
    const file = this.pathOf(key);
    try {
      const stat = await fsp.stat(file);
      if (!stat.isFile()) return null;
      return { stream: fs.createReadStream(file), size: stat.size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await fsp.rm(this.pathOf(key), { force: true });
  }

  async *list(): AsyncIterable<StoredFile[]> {
    let page: StoredFile[] = [];
    const fans = await fsp.readdir(this.root).catch(() => [] as string[]);
    for (const fan of fans.filter((name) => /^[0-9a-f]{2}$/.test(name)).sort()) {
      const names = await fsp.readdir(path.join(this.root, fan)).catch(() => [] as string[]);
      for (const name of names.sort()) {
        const key = `${fan}/${name}`;
        if (!isMediaKey(key)) continue;
        const stat = await fsp.stat(path.join(this.root, key)).catch(() => null);
        if (!stat?.isFile()) continue;
        page.push({ key, modifiedAt: stat.mtime });
        if (page.length === LIST_PAGE) {
          yield page;
          page = [];
        }
      }
    }
    if (page.length) yield page;
  }

  publicUrl(key: string): string | undefined {
    return joinPublicUrl(this.publicBase, key);
  }

  async check(): Promise<void> {
    await fsp.mkdir(this.tmpDir, { recursive: true });
    await fsp.access(this.tmpDir, fs.constants.W_OK);
  }
}
