import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';

// An id set by the load balancer is kept when it is short and plain, so one id follows a request end to end.
const INCOMING = /^[A-Za-z0-9._:-]{8,128}$/;

/** Fastify's genReqId: the balancer's X-Request-Id when trustworthy, else a fresh UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && INCOMING.test(incoming) ? incoming : randomUUID();
}

/** Every response names its request id, which is also in every log line of that request (`reqId`). */
export function registerRequestIdHeader(app: FastifyInstance): void {
  app.addHook('onRequest', async (req, reply) => {
    reply.header(REQUEST_ID_HEADER, req.id);
  });
}
