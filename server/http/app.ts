import cookie from '@fastify/cookie';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config';
import type { Database } from '../db/client';
import type { EventBus } from '../events/bus';
import { findSessionUser } from '../features/auth/sessions';
import { registerCollab } from '../features/collab/register-collab';
import { registerMediaHttp } from '../features/media/media-http';
import { Lifecycle } from '../ops/lifecycle';
import { BartaMetrics } from '../ops/metrics';
import { registerOperations } from '../ops/register-operations';
import { requestIdOf } from '../ops/request-id';
import { registerPublicSite } from '../site/register-public-site';
import { type CookieJar, createContextInner } from '../trpc/context';
import { type AppRouter, appRouter } from '../trpc/router';
import { registerAdminApp } from './admin-app';
import { registerErrorHandler } from './error-handler';
import { registerJsonLimits } from './json-parser';
import { registerRateLimits } from './rate-limits';
import { registerOriginCheck, registerSecurityHeaders } from './security';

export interface AppDeps {
  config: Config;
  database: Database;
  events: EventBus;
  /** Draining state shared with the shutdown sequence (index.ts); a fresh one by default. */
  lifecycle?: Lifecycle;
  metrics?: BartaMetrics;
  /** Co-editing snapshot timing (tests and benchmarks shorten it). */
  collab?: { debounceMs?: number; maxDebounceMs?: number };
}

/** Request bodies larger than this are refused (uploads have their own, larger limit). */
export const BODY_LIMIT_BYTES = 5 * 1024 * 1024;

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database, events } = deps;
  const lifecycle = deps.lifecycle ?? new Lifecycle();
  const metrics = deps.metrics ?? new BartaMetrics();
  const app = Fastify({
    // JSON lines on stdout; every line of a request carries its `reqId`.
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    genReqId: requestIdOf,
    // While draining, requests already on an open connection are served, not refused with 503.
    return503OnClosing: false,
    bodyLimit: BODY_LIMIT_BYTES,
    routerOptions: { maxParamLength: 5000 },
    // Who may name the client (X-Forwarded-For) for rate limits and logs: TRUST_PROXY.
    // A hop count means "the client is that many proxies back", as Fastify does for numbers
    // (its types only name the other forms).
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(config.trustProxy)
        : config.trustProxy,
  });
  const secureCookies = config.publicOrigin?.startsWith('https://') ?? false;

  registerErrorHandler(app);
  // Request ids, /readyz, latency metrics (and /metrics when METRICS_TOKEN is set).
  registerOperations(app, { config, database, lifecycle, metrics });
  registerJsonLimits(app);
  await app.register(cookie);
  // Sign-in, setup, expensive staff queries, the public JSON API and feeds, per client.
  if (config.rateLimits) await registerRateLimits(app, database);
  await registerSecurityHeaders(app);
  registerOriginCheck(app, config);
  // /media/* files, and the upload's own body limit (MAX_UPLOAD_MB) for multipart bodies.
  registerMediaHttp(app, config, BODY_LIMIT_BYTES);

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      // Queries with long inputs (a 10,000-character search) come by POST: see client/lib/trpc-links.ts.
      allowMethodOverride: true,
      async createContext({ req, res }) {
        const cookies: CookieJar = {
          get: (name) => req.cookies[name],
          set: (name, value, { maxAgeSeconds }) =>
            res.setCookie(name, value, {
              httpOnly: true,
              sameSite: 'lax',
              secure: secureCookies || req.protocol === 'https',
              path: '/',
              maxAge: maxAgeSeconds,
            }),
          clear: (name) => res.clearCookie(name, { path: '/' }),
        };
        const session = await findSessionUser(database.db, cookies.get('barta_session'), config.sessionDays);
        return createContextInner({
          config,
          database,
          events,
          log: req.log,
          user: session?.user ?? null,
          sessionId: session?.sessionId ?? null,
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? '',
          cookies,
          requestHeaders: req.headers,
          requestId: req.id,
          onProcedure: metrics.observeProcedure,
        });
      },
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          app.log.error({ err: error.cause ?? error, path }, 'trpc error');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  app.get('/healthz', async (_req, reply) => {
    reply.header('Cache-Control', 'no-store');
    try {
      await Promise.race([
        database.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database timeout')), 2000)),
      ]);
      return { status: 'ok', database: database.kind, version: config.version };
    } catch (error) {
      app.log.error({ err: error }, 'health check failed');
      return reply
        .code(503)
        .send({ status: 'unavailable', database: database.kind, version: config.version });
    }
  });

  // Co-editing: WebSocket upgrades on /collab (server/features/collab).
  registerCollab(app, { config, database, events, ...deps.collab });

  // Reader pages, feeds, sitemaps, /api/public, /preview and the site's CSS and fonts.
  await registerPublicSite(app, { config, database, events, metrics });
  await registerAdminApp(app);
  return app;
}
