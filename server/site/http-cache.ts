import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** CDNs may keep a public page a minute and serve it stale for five while they refetch. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/** A strong ETag from the bytes sent: any change to the story (or its unpublishing) changes it. */
export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Sends a public response with ETag and Cache-Control, or 304 when the client already has it. */
export function sendCacheable(
  req: FastifyRequest,
  reply: FastifyReply,
  body: string,
  contentType: string,
): FastifyReply {
  const etag = etagOf(body);
  reply.header('Cache-Control', PUBLIC_CACHE_CONTROL).header('ETag', etag).header('Vary', 'Accept-Encoding');
  if (matches(req.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type(contentType).send(body);
}
