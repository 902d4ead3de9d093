import { z } from 'zod';
import { ZMediaUploadForm } from '../../../shared/media/schemas';
import { cleanText } from '../../../shared/text';
import type { Context } from '../../trpc/context';

/** The header that names an uploaded file, percent-encoded UTF-8 (headers are Latin-1). */
export const FILE_NAME_HEADER = 'x-file-name';

/**
 * Over HTTP an upload is the file itself as the body (application/octet-stream, read
 * as it arrives, its name in X-File-Name); in-process callers (tests, the demo seed)
 * may still pass form data with one `file`.
 */
export const ZMediaUploadBody = z.union([
  z.instanceof(ReadableStream, { error: 'Send the image as the request body.' }),
  ZMediaUploadForm,
]);
export type MediaUploadBody = z.output<typeof ZMediaUploadBody>;

/** One file to upload: a name for messages and the library, and its bytes as they come. */
export interface UploadSource {
  name: string;
  body: AsyncIterable<Uint8Array>;
  /** What the sender said the size is, when it did (checked again while reading). */
  declaredBytes?: number;
}

/** A file name fit to show and search: no folders, no control characters, NFC, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = cleanText(name).split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f<>]/g, '').trim();
  return Array.from(clean || 'image')
    .slice(0, 200)
    .join('');
}

function headerOf(ctx: Context, name: string): string | undefined {
  const value = ctx.requestHeaders?.[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Reads a web stream without cancelling it when the upload is refused midway:
 * cancelling would tear down the connection before the refusal could be sent.
 */
async function* piecesOf(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The X-File-Name header decoded, cleaned for showing; `image` when missing or unreadable. */
export function fileNameOf(header: string | string[] | undefined): string {
  const raw = (Array.isArray(header) ? header[0] : header) ?? '';
  try {
    return cleanFileName(decodeURIComponent(raw));
  } catch {
    return cleanFileName('');
  }
}

export function uploadSourceOf(input: MediaUploadBody, ctx: Context): UploadSource {
  if (input instanceof ReadableStream) {
    const name = fileNameOf(ctx.requestHeaders?.[FILE_NAME_HEADER]);
    const length = Number(headerOf(ctx, 'content-length'));
    return {
      name,
      body: piecesOf(input as ReadableStream<Uint8Array>),
      declaredBytes: Number.isFinite(length) && length > 0 ? length : undefined,
    };
  }
  return uploadSourceOfFile(input.file);
}

/** A File (a Blob with a name) as an upload source, read from its stream like a request body. */
export function uploadSourceOfFile(file: File): UploadSource {
  return {
    name: file.name,
    body: file.stream() as unknown as AsyncIterable<Uint8Array>,
    declaredBytes: file.size,
  };
}
