import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { mediaStoreFor } from '../media-store';
import type { Lifecycle } from './lifecycle';
import type { BartaMetrics } from './metrics';
import { checkReadiness, latestMigrationMillis } from './readiness';
import { registerRequestIdHeader } from './request-id';

export interface OperationsDeps {
  config: Config;
  database: Database;
  lifecycle: Lifecycle;
  metrics: BartaMetrics;
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** GET /metrics in Prometheus text format, refused without the token when one is configured. */
export function metricsHandler(deps: OperationsDeps) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const token = deps.config.metrics.token;
    reply.header('Cache-Control', 'no-store');
    if (token && !tokenMatches(req.headers.authorization, token)) {
      return reply
        .code(401)
        .header('WWW-Authenticate', 'Bearer')
        .send('Metrics need the METRICS_TOKEN bearer token.\n');
    }
    const body = await deps.metrics.render(deps.database);
    return reply.type(deps.metrics.contentType).send(body);
  };
}

/**
 * What operators use: a request id on every response and log line, /readyz, HTTP
 * latency metrics for every route, and /metrics on this port when METRICS_TOKEN
 * protects it (METRICS_PORT serves it on a port of its own instead, see index.ts).
 * Live streams are tracked so a shutdown can end them.
 */
export function registerOperations(app: FastifyInstance, deps: OperationsDeps): void {
  const { lifecycle, metrics } = deps;
  const store = mediaStoreFor(deps.config);
  const latestMigration = latestMigrationMillis();
  registerRequestIdHeader(app);

  app.addHook('onRequest', async (req) => {
    if (String(req.headers.accept ?? '').includes('text/event-stream')) lifecycle.trackStream(req.raw);
  });
  // While draining, each response closes its connection: the client's next request opens a
  // new one, which the balancer sends elsewhere, and no idle keep-alive holds up the exit.
  app.addHook('onSend', async (_req, reply) => {
    if (lifecycle.draining) reply.header('connection', 'close');
  });
  app.addHook('onResponse', async (req, reply) => {
    // The route's pattern (`/article/:id/:slug`), never the raw URL: labels stay few.
    const route = req.routeOptions.url ?? 'unmatched';
    metrics.observeHttp(req.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });

  app.get('/readyz', async (_req, reply) => {
    const readiness = await checkReadiness({ database: deps.database, store, lifecycle, latestMigration });
    if (!readiness.ready && readiness.status !== 'draining') {
      app.log.warn({ failures: readiness.failures }, 'not ready');
    }
    return reply
      .code(readiness.ready ? 200 : 503)
      .header('Cache-Control', 'no-store')
      .send({ status: readiness.status, checks: readiness.checks, version: deps.config.version });
  });

  if (deps.config.metrics.token) app.get('/metrics', metricsHandler(deps));
}
