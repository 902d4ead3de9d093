import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../shared/errors';
import { formatBytes } from '../../../shared/media/limits';
import type { MediaStore } from '../../media-store';

/** Enough for file-type to recognise every accepted format (its own sample size). */
export const SNIFF_BYTES = 4100;

/** An upload written to a temp file as it arrived: its size, hash and first bytes, known at the end. */
export interface StagedFile {
  path: string;
  bytes: number;
  sha256: string;
  head: Buffer;
  /** Removes the temp file; safe to call twice. */
  discard(): Promise<void>;
}

export interface StageOptions {
  /** The file's name as shown to the user, for messages. */
  name: string;
  maxBytes: number;
  /** UPLOAD_TMP_DIR: where the file waits while it arrives and is checked. */
  dir: string;
  /**
   * Called once with the first SNIFF_BYTES (or the whole file when smaller), before the
   * rest is read: a fake image is refused without taking in the remaining bytes.
   */
  sniff(head: Buffer): Promise<void>;
}

export function tooLargeWhileStreaming(name: string, maxBytes: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', {
    userMessage: `“${name}” is too large: it is over the limit of ${formatBytes(maxBytes)}. Make the file smaller and try again.`,
  });
}

/** Reads a byte source to the end: a Node stream, a web stream (tRPC's octet input) or a Blob's stream. */
type ByteSource = AsyncIterable<Uint8Array>;

/**
 * Copies an incoming body to a temp file piece by piece, hashing it on the way and
 * stopping at the size limit, so no upload is ever held whole in memory. The
 * content-addressed key needs the hash, which is only known at the end: the caller
 * moves the file into the store then. On any failure (too large, not an image, the
 * client went away) the temp file is removed before the error is passed on.
 */
export async function stageUpload(body: ByteSource, options: StageOptions): Promise<StagedFile> {
  await fsp.mkdir(options.dir, { recursive: true });
  const file = tempName(options.dir);
  const discard = () => fsp.rm(file, { force: true });
  const hash = createHash('sha256');
  const headParts: Buffer[] = [];
  let headBytes = 0;
  let sniffed = false;
  let bytes = 0;
  const handle = await fsp.open(file, 'w');
  try {
    try {
      for await (const piece of body) {
        const chunk = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
        bytes += chunk.length;
        if (bytes > options.maxBytes) throw tooLargeWhileStreaming(options.name, options.maxBytes);
        hash.update(chunk);
        if (!sniffed) {
          headParts.push(Buffer.from(chunk.subarray(0, SNIFF_BYTES - headBytes)));
          headBytes += headParts[headParts.length - 1].length;
          if (headBytes >= SNIFF_BYTES) {
            sniffed = true;
            await options.sniff(Buffer.concat(headParts));
          }
        }
        // Awaiting the write is the backpressure: the next piece is read when this one is on disk.
        await handle.write(chunk);
      }
      if (bytes === 0) {
        throw new AppError('BAD_REQUEST', {
          userMessage: `“${options.name}” was not uploaded: the file is empty (0 bytes).`,
        });
      }
      if (!sniffed) await options.sniff(Buffer.concat(headParts));
    } finally {
      await handle.close();
    }
  } catch (error) {
    await discard();
    throw error;
  }
  return { path: file, bytes, sha256: hash.digest('hex'), head: Buffer.concat(headParts), discard };
}

const tempName = (dir: string) => path.join(dir, `${randomBytes(12).toString('hex')}.part`);

/**
 * A stored file (an original, for renditions) copied to a temp file as a stream, so
 * sharp reads it from disk and a 50 MB original never sits in memory; null when the
 * store has no such file.
 */
export async function stageStoredFile(
  store: MediaStore,
  key: string,
  dir: string,
): Promise<{ path: string; discard(): Promise<void> } | null> {
  const opened = await store.open(key);
  if (!opened) return null;
  await fsp.mkdir(dir, { recursive: true });
  const file = tempName(dir);
  const discard = () => fsp.rm(file, { force: true });
  try {
    await pipeline(opened.stream, fs.createWriteStream(file));
  } catch (error) {
    await discard();
    throw error;
  }
  return { path: file, discard };
}

/** Temp files older than this were left by a crash (an upload takes seconds, not hours). */
const STALE_MS = 6 * 3600_000;

/** Removes what a killed process left in the staging folder; called by the daily sweep. */
export async function clearStaleStagedFiles(dir: string, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const name of await fsp.readdir(dir).catch(() => [] as string[])) {
    if (!name.endsWith('.part')) continue;
    const file = path.join(dir, name);
    const stat = await fsp.stat(file).catch(() => null);
    if (stat && now - stat.mtimeMs > STALE_MS) {
      await fsp.rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
