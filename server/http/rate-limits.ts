import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/client';
import { SESSION_COOKIE } from '../features/auth/sessions';
import { postgresRateLimitStore } from './rate-limit-store';

/** One limit: at most `max` requests per client in `minutes`. */
interface Limit {
  name: string;
  max: number;
  minutes: number;
  /** Per address, or per signed-in session (staff behind one newsroom address are not one client). */
  per: 'ip' | 'session';
  message: string;
}

const wait = 'Wait a moment and try again.';
export const LIMITS = {
  signIn: { name: 'sign-in', max: 20, minutes: 5, per: 'ip', message: `Too many sign-in attempts. ${wait}` },
  setup: { name: 'setup', max: 10, minutes: 5, per: 'ip', message: `Too many setup attempts. ${wait}` },
  password: {
    name: 'password',
    max: 20,
    minutes: 5,
    per: 'ip',
    message: `Too many password changes. ${wait}`,
  },
  staffQuery: {
    name: 'staff-query',
    max: 300,
    minutes: 1,
    per: 'session',
    message: `Too many searches and list pages at once. ${wait}`,
  },
  publicApi: {
    name: 'public-api',
    max: 300,
    minutes: 1,
    per: 'ip',
    message: 'Too many requests. Slow down.',
  },
  feeds: { name: 'feeds', max: 120, minutes: 1, per: 'ip', message: 'Too many requests. Slow down.' },
} satisfies Record<string, Limit>;

/**
 * Which tRPC procedures are limited: sign-in, setup, invite and reset links (reading
 * one, and setting a password with it), password changes, and the staff queries that
 * search or walk large tables.
 * The per-account lockout (auth/lockout.ts) stays; this limits one client across accounts.
 */
// A Map, not an object: a path such as `constructor` must not find Object.prototype's.
const PROCEDURE_LIMITS = new Map<string, Limit>([
  ['auth.signIn', LIMITS.signIn],
  ['auth.setup', LIMITS.setup],
  ['auth.changePassword', LIMITS.password],
  ['auth.accountLink', LIMITS.password],
  ['auth.setPasswordWithLink', LIMITS.password],
  ['stories.list', LIMITS.staffQuery],
  ['media.list', LIMITS.staffQuery],
  ['related.search', LIMITS.staffQuery],
  ['related.suggestions', LIMITS.staffQuery],
  ['related.brokenLinks', LIMITS.staffQuery],
  ['audit.list', LIMITS.staffQuery],
  ['schedule.calendar', LIMITS.staffQuery],
  ['articles.recent', LIMITS.staffQuery],
]);

export const LIMITED_PROCEDURES = [...PROCEDURE_LIMITS.keys()];

function publicLimit(path: string): Limit | null {
  if (path.startsWith('/api/public/')) return LIMITS.publicApi;
  if (/^\/(rss\.xml|sitemap\.xml|news-sitemap\.xml|sitemaps\/)/.test(path)) return LIMITS.feeds;
  return null;
}

/** `/trpc/a.b,c.d`: the procedures a (batched) call names; none for a malformed path, which tRPC refuses. */
function procedurePaths(path: string): string[] {
  try {
    return decodeURIComponent(path.slice('/trpc/'.length)).split(',');
  } catch {
    return [];
  }
}

function clientKey(req: FastifyRequest, limit: Limit): string {
  const session = limit.per === 'session' ? req.cookies?.[SESSION_COOKIE] : undefined;
  // The session token never goes into the table, only a short hash of it.
  const who = session ? `s:${createHash('sha256').update(session).digest('base64url').slice(0, 22)}` : req.ip;
  return `${limit.name}:${who}`;
}

function tooMany(
  reply: FastifyReply,
  req: FastifyRequest,
  limit: Limit,
  seconds: number,
  paths: string[] | null,
) {
  reply.code(429).header('Retry-After', String(seconds)).header('Cache-Control', 'no-store');
  if (paths === null) {
    return req.url.startsWith('/api/')
      ? reply
          .type('application/json; charset=utf-8')
          .send({ error: limit.message, retryAfterSeconds: seconds })
      : reply.type('text/plain; charset=utf-8').send(limit.message);
  }
  // tRPC's error shape (one per call of a batch), so the dashboard shows the message like any other.
  const error = (path: string) => ({
    error: {
      message: limit.message,
      code: -32029,
      data: { code: 'TOO_MANY_REQUESTS', httpStatus: 429, path, userMessage: limit.message },
    },
  });
  const batch = (req.query as Record<string, unknown> | undefined)?.batch !== undefined;
  return reply.send(batch ? paths.map(error) : error(paths[0]));
}

/**
 * Rate limits per client with @fastify/rate-limit: counters in PostgreSQL when the
 * database is PostgreSQL (several instances share them), in memory on PGlite (one
 * process). Over a limit the answer is 429 with Retry-After. A failing counter
 * never fails the request (skipOnError): it is logged and the request goes on.
 */
export async function registerRateLimits(app: FastifyInstance, database: Database): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    skipOnError: true,
    ...(database.kind === 'postgres' ? { store: postgresRateLimitStore(database.db, app.log) } : {}),
  });
  const checks = new Map(
    Object.values(LIMITS).map((limit: Limit) => [
      limit,
      app.createRateLimit({
        max: limit.max,
        timeWindow: limit.minutes * 60_000,
        skipOnError: true,
        keyGenerator: (req) => clientKey(req, limit),
      }),
    ]),
  );

  app.addHook('onRequest', async (req, reply) => {
    const path = req.url.split('?')[0];
    let limits: Limit[];
    let paths: string[] | null = null;
    if (path.startsWith('/trpc/')) {
      paths = procedurePaths(path);
      limits = [...new Set(paths.flatMap((p) => PROCEDURE_LIMITS.get(p) ?? []))];
    } else {
      const limit = publicLimit(path);
      limits = limit ? [limit] : [];
    }
    for (const limit of limits) {
      const result = await checks.get(limit)!(req);
      if (!result.isAllowed && result.isExceeded) {
        return tooMany(reply, req, limit, Math.max(1, result.ttlInSeconds), paths);
      }
    }
  });
}
