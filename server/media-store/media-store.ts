import type { Readable } from 'node:stream';

/**
 * Where image files live. Keys are content-addressed (`ab/<sha256>-640.webp`), so
 * a key's bytes never change once written: writes are idempotent and any number
 * of instances can share one store. Local disk implements it here; an object
 * store or a shared volume can replace it without touching the media feature.
 */
export interface MediaStore {
  /** Writes atomically: a reader sees the whole file or no file, never a part. */
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  has(key: string): Promise<boolean>;
  /** For serving: a stream and its size, or null when there is no such file. */
  open(key: string): Promise<{ stream: Readable; size: number } | null>;
  delete(key: string): Promise<void>;
}

// Two hex characters of fan-out, then a name of safe characters: no `..`, no `/` tricks.
const KEY = /^[0-9a-f]{2}\/[0-9a-f]{64}(?:-[a-z0-9]+)*\.(?:jpg|png|webp|gif|avif)$/;

export function isMediaKey(key: string): boolean {
  return KEY.test(key);
}

export function assertMediaKey(key: string): void {
  if (!isMediaKey(key)) throw new Error(`Not a media key: ${JSON.stringify(key).slice(0, 120)}`);
}
