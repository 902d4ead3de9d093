import type { FastifyError, FastifyInstance } from 'fastify';

/**
 * Errors outside tRPC (reader pages, feeds, sitemaps, media): a refusal Fastify
 * raised itself (4xx: body too large, bad JSON) keeps its message; anything else
 * is logged in full and answered with a generic 500, so no query text, parameter
 * or stack trace ever reaches a reader.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    // Fastify's own answer for its refusals (its usual JSON shape and message).
    if (status < 500) return reply.code(status).send(error);
    req.log.error({ err: error, url: req.url }, 'request failed');
    return reply
      .code(500)
      .header('Cache-Control', 'no-store')
      .type('text/plain; charset=utf-8')
      .send(`Something went wrong on our side. Please try again in a moment. (Reference: ${req.id})`);
  });
}
