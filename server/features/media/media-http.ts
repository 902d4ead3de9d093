import type { FastifyInstance, FastifyReply } from 'fastify';
import { formatBytes } from '../../../shared/media/limits';
import type { Config } from '../../config';
import { contentTypeOf, IMMUTABLE_CACHE, mediaStoreFor } from '../../media-store';
import { isServableKey } from './media-keys';

export const UPLOAD_PATH = '/trpc/media.upload';
/** Room for the multipart envelope around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

function refuse(reply: FastifyReply, status: 411 | 413, message: string) {
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

/**
 * HTTP pieces of the media feature:
 * - `/media/<key>`: renditions from the media store, with immutable caching and a
 *   Content-Type fixed by the key's extension (never the file's claim). Originals
 *   and anything that is not a rendition key are 404. With MEDIA_PUBLIC_URL set,
 *   a rendition is a redirect to the store's or CDN's public address instead.
 * - Multipart bodies: tRPC streams them to the procedure without Fastify's body
 *   limit, so the size is bounded here, before a byte is buffered: MAX_UPLOAD_MB
 *   for media.upload, the global limit for anything else.
 */
export function registerMediaHttp(app: FastifyInstance, config: Config, bodyLimitBytes: number): void {
  const store = mediaStoreFor(config);

  app.addHook('onRequest', async (req, reply) => {
    if (req.method !== 'POST') return;
    const type = String(req.headers['content-type'] ?? '').toLowerCase();
    if (!type.startsWith('multipart/form-data')) return;
    const isUpload = req.url.split('?')[0] === UPLOAD_PATH;
    const limit = isUpload ? config.maxUploadBytes + ENVELOPE_BYTES : bodyLimitBytes;
    const length = Number(req.headers['content-length']);
    if (!Number.isFinite(length) || req.headers['content-length'] === undefined) {
      return refuse(reply, 411, 'The upload did not say its size. Try again from the dashboard.');
    }
    if (length > limit) {
      const max = isUpload ? config.maxUploadBytes : bodyLimitBytes;
      return refuse(
        reply,
        413,
        `The file is too large (${formatBytes(length)}): the limit is ${formatBytes(max)}.`,
      );
    }
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
