import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import type { CachedPage, PageCache } from './page-cache';

/**
 * Browsers keep a public page a minute; shared caches (a CDN, nginx) keep it
 * `sMaxAge` seconds and may serve it stale while they refetch. Barta purges them on
 * every change when CDN_PURGE_URL is set, so `s-maxage` can be long.
 */
export function publicCacheControl(sMaxAge: number): string {
  return `public, max-age=60, s-maxage=${sMaxAge}, stale-while-revalidate=300`;
}

/** A strong ETag from the bytes sent, computed once per render: a cache hit reuses it. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export interface SiteCache {
  cache: PageCache | null;
  sMaxAge: number;
  /** The origin pages are rendered for (PUBLIC_ORIGIN, or the request's): part of the key. */
  originOf: (req: FastifyRequest) => string;
  /** One call per reader request: answered from the cache, or rendered (for /metrics). */
  recordLookup?: (hit: boolean) => void;
}

/** The cache slot of a request being rendered: where sendCacheable stores what it sends. */
const rendering = new WeakMap<FastifyRequest, { cache: PageCache; key: string; generation: number }>();
const siteCaches = new WeakMap<FastifyRequest, SiteCache>();

function sendPage(req: FastifyRequest, reply: FastifyReply, page: CachedPage, state: 'HIT' | 'MISS') {
  reply
    .header('Cache-Control', page.cacheControl)
    .header('ETag', page.etag)
    .header('Vary', 'Accept-Encoding')
    .header('X-Cache', state);
  if (page.tags.length > 0) {
    // Fastly and Varnish read Surrogate-Key (spaces); Cloudflare and others Cache-Tag (commas).
    reply.header('Surrogate-Key', page.tags.join(' ')).header('Cache-Tag', page.tags.join(','));
  }
  if (matches(req.headers['if-none-match'], page.etag)) return reply.code(304).send();
  return reply.code(page.status).type(page.contentType).send(page.body);
}

/**
 * Wraps a reader route in the page cache: a hit is answered from memory (or with a
 * 304) before the handler runs; on a miss one request renders while others for the
 * same address wait for it. Only what the handler sends through `sendCacheable`
 * with its tags is stored; 404s and redirects are not.
 */
export function cachedRoute<R extends FastifyRequest>(
  site: SiteCache,
  handler: (req: R, reply: FastifyReply) => Promise<unknown>,
): RouteHandlerMethod {
  return async function cached(this: unknown, request: FastifyRequest, reply: FastifyReply) {
    const req = request as R;
    siteCaches.set(req, site);
    const { cache } = site;
    if (!cache) return handler(req, reply);
    const key = site.originOf(req) + req.url;
    const served = (page: CachedPage) => {
      site.recordLookup?.(true);
      return sendPage(req, reply, page, 'HIT');
    };
    const hit = cache.get(key);
    if (hit) return served(hit);
    const outcome = await cache.once(key, async () => {
      rendering.set(req, { cache, key, generation: cache.generation });
      site.recordLookup?.(false);
      await handler(req, reply);
    });
    if (outcome === 'rendered') return reply;
    const after = cache.get(key);
    if (after) return served(after);
    rendering.set(req, { cache, key, generation: cache.generation });
    site.recordLookup?.(false);
    return handler(req, reply);
  };
}

/**
 * Sends a public response with ETag, Cache-Control and surrogate keys, or 304 when
 * the client already has it; inside `cachedRoute`, stores it under its tags.
 */
export function sendCacheable(
  req: FastifyRequest,
  reply: FastifyReply,
  body: string,
  contentType: string,
  tags: readonly string[] = [],
): FastifyReply {
  const page: CachedPage = {
    status: 200,
    contentType,
    body: Buffer.from(body),
    etag: etagOf(body),
    tags,
    cacheControl: publicCacheControl(siteCaches.get(req)?.sMaxAge ?? 60),
  };
  const slot = rendering.get(req);
  if (slot && tags.length > 0) slot.cache.set(slot.key, page, slot.generation);
  return sendPage(req, reply, page, 'MISS');
}
