import type { FastifyInstance, FastifyReply } from 'fastify';
import { formatBytes, tooLargeMessage } from '../../../shared/media/limits';
import type { Config } from '../../config';
import { contentTypeOf, IMMUTABLE_CACHE, mediaStoreFor } from '../../media-store';
import { isServableKey } from './media-keys';
import { FILE_NAME_HEADER, fileNameOf } from './upload-input';

export const UPLOAD_PATH = '/trpc/media.upload';

function refuse(reply: FastifyReply, status: 411 | 413 | 415, message: string) {
  const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
  // tRPC's error shape, so httpLink and the upload XHR read it like any procedure error.
  return reply
    .code(status)
    .header('connection', 'close')
    .send({
      error: {
        message,
        code: status === 413 ? -32013 : -32600,
        data: { code, httpStatus: status, userMessage: message, path: 'media.upload' },
      },
    });
}

const pathOf = (url: string) => url.split('?')[0];

/**
 * HTTP pieces of the media feature:
 * - `/media/<key>`: renditions from the media store, streamed with immutable caching
 *   and a Content-Type fixed by the key's extension (never the file's claim). Originals
 *   and anything that is not a rendition key are 404. With MEDIA_PUBLIC_URL set, a
 *   rendition is a redirect to the store's or CDN's public address instead.
 * - Uploads: the file itself is the body of `media.upload` (application/octet-stream),
 *   handed to the procedure as a stream and never buffered. A declared size over
 *   MAX_UPLOAD_MB is refused before a byte is read; a body without a size (chunked)
 *   is counted as it streams. Multipart bodies to other procedures keep the global limit.
 */
export function registerMediaHttp(app: FastifyInstance, config: Config, bodyLimitBytes: number): void {
  const store = mediaStoreFor(config);

  // The raw request stream, unread: the upload procedure reads it piece by piece.
  app.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload));

  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'POST') return;
    const type = String(req.headers['content-type'] ?? '').toLowerCase();
    const isUpload = pathOf(req.url) === UPLOAD_PATH;
    const length = Number(req.headers['content-length']);
    const hasLength = req.headers['content-length'] !== undefined && Number.isFinite(length);
    if (isUpload) {
      if (type.startsWith('multipart/form-data')) {
        return refuse(
          reply,
          415,
          `Send the image itself as the request body (Content-Type: application/octet-stream), with its name in the ${FILE_NAME_HEADER} header; form data is not accepted for uploads.`,
        );
      }
      if (hasLength && length > config.maxUploadBytes) {
        const name = fileNameOf(req.headers[FILE_NAME_HEADER]);
        return refuse(reply, 413, tooLargeMessage(name, length, config.maxUploadBytes));
      }
      return;
    }
    if (type.startsWith('application/octet-stream')) {
      return refuse(reply, 415, 'This address does not take a raw request body.');
    }
    if (!type.startsWith('multipart/form-data')) return;
    if (!hasLength) {
      return refuse(reply, 411, 'The request did not say its size. Try again from the dashboard.');
    }
    if (length > bodyLimitBytes) {
      return refuse(
        reply,
        413,
        `The request is too large (${formatBytes(length)}): the limit is ${formatBytes(bodyLimitBytes)}.`,
      );
    }
  });

  // An upload refused midway (too large, not an image) has unread bytes on the connection:
  // close it after the answer rather than read the rest of a file nobody will keep.
  app.addHook('onSend', async (req, reply) => {
    if (pathOf(req.url) === UPLOAD_PATH && !req.raw.complete) reply.header('connection', 'close');
  });

  app.get('/media/*', async (req, reply) => {
    const key = (req.params as { '*': string })['*'];
    if (!isServableKey(key)) return reply.callNotFound();
    const publicUrl = store.publicUrl(key);
    // Temporary, with a day's caching: the file itself is immutable, its address may move.
    if (publicUrl) return reply.header('Cache-Control', 'public, max-age=86400').redirect(publicUrl, 302);
    const etag = `"${key.slice(3, 19)}${key.slice(67)}"`;
    reply
      .header('Cache-Control', IMMUTABLE_CACHE)
      .header('X-Content-Type-Options', 'nosniff')
      .header('ETag', etag);
    if (req.headers['if-none-match'] === etag) return reply.code(304).send();
    const file = await store.open(key);
    if (!file) {
      reply.header('Cache-Control', 'no-store');
      return reply.callNotFound();
    }
    return reply.type(contentTypeOf(key)).header('Content-Length', file.size).send(file.stream);
  });
}
