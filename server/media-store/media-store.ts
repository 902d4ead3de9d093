import type { Readable } from 'node:stream';

/** One stored file, as listed by the orphan sweep. */
export interface StoredFile {
  key: string;
  /** When the bytes were last written: a sweep leaves recent files alone (their row may not be committed yet). */
  modifiedAt: Date;
}

/**
 * Where image files live. Keys are content-addressed (`ab/<sha256>-640.webp`), so
 * a key's bytes never change once written: writes are idempotent and any number
 * of instances can share one store. Local disk is the embedded default; an
 * S3-compatible bucket serves several instances (MEDIA_STORE=s3).
 */
export interface MediaStore {
  /** What the store is, for logs and /readyz (`local`, `s3`). */
  readonly kind: 'local' | 's3';
  /**
   * Writes atomically: a reader sees the whole file or no file, never a part. A stream
   * is consumed as it arrives (S3: multipart upload), never collected whole first.
   */
  put(key: string, data: Buffer | Readable): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  has(key: string): Promise<boolean>;
  /** For serving: a stream and its size, or null when there is no such file. */
  open(key: string): Promise<{ stream: Readable; size: number } | null>;
  delete(key: string): Promise<void>;
  /** Every media file in the store (not temp files, not foreign objects), in pages. */
  list(): AsyncIterable<StoredFile[]>;
  /** When readers should fetch `key` from the store's or a CDN's public address instead of through Barta. */
  publicUrl(key: string): string | undefined;
  /** Throws when the store cannot be reached or written (for /readyz). */
  check(): Promise<void>;
}

// Two hex characters of fan-out, then a name of safe characters: no `..`, no `/` tricks.
const KEY = /^[0-9a-f]{2}\/[0-9a-f]{64}(?:-[a-z0-9]+)*\.(?:jpg|png|webp|gif|avif)$/;

export function isMediaKey(key: string): boolean {
  return KEY.test(key);
}

export function assertMediaKey(key: string): void {
  if (!isMediaKey(key)) throw new Error(`Not a media key: ${JSON.stringify(key).slice(0, 120)}`);
}

/** `https://cdn.example.com/media` + key, or undefined when reads go through Barta. */
export function joinPublicUrl(base: string | undefined, key: string): string | undefined {
  return base ? `${base.replace(/\/+$/, '')}/${key}` : undefined;
}

const CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
};

/** The Content-Type a key is served with: fixed by its extension, never by the file's own claim. */
export function contentTypeOf(key: string): string {
  return CONTENT_TYPES[key.slice(key.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}

/** Keys never change their bytes, so every cache may keep them for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
