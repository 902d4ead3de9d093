import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client';
import { EventBus } from '../events/bus';
import { SESSION_COOKIE } from '../features/auth/sessions';
import { createTestHarness, type TestHarness } from '../test/harness';
import { appRouter } from '../trpc/router';
import { buildApp } from './app';
import { PostgresRateLimitStore } from './rate-limit-store';
import { LIMITED_PROCEDURES, LIMITS } from './rate-limits';

// A different account each time: the per-account lockout (5 failures) is not what is tested here.
let attempt = 0;
const signIn = (app: FastifyInstance, remoteAddress: string) =>
  app.inject({
    method: 'POST',
    url: '/trpc/auth.signIn',
    remoteAddress,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ email: `nobody-${attempt++}@barta.test`, password: 'wrong password' }),
  });

describe('rate limits', () => {
  let h: TestHarness;
  let app: FastifyInstance;

  beforeAll(async () => {
    h = await createTestHarness();
    app = await buildApp({ config: h.config, database: h.database, events: new EventBus() });
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  it('names only procedures that exist', () => {
    const names = Object.keys(appRouter._def.procedures);
    expect(LIMITED_PROCEDURES.filter((name) => !names.includes(name))).toEqual([]);
  });

  it('sign-in: over the limit one address gets 429 with Retry-After, in tRPC’s shape; others do not', async () => {
    for (let i = 0; i < LIMITS.signIn.max; i++) {
      expect((await signIn(app, '203.0.113.7')).statusCode).toBe(401);
    }
    const refused = await signIn(app, '203.0.113.7');
    expect(refused.statusCode).toBe(429);
    const seconds = Number(refused.headers['retry-after']);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(LIMITS.signIn.minutes * 60);
    expect(refused.json().error.data).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      httpStatus: 429,
      userMessage: 'Too many sign-in attempts. Wait a moment and try again.',
    });
    expect((await signIn(app, '203.0.113.8')).statusCode).toBe(401);
    // On PostgreSQL the counters are rows every instance sees; on PGlite (one process) they stay in memory.
    const rows = await queryRows<{ count: number }>(
      h.db,
      sql`select count from rate_limits where key = ${'sign-in:203.0.113.7'}`,
    );
    expect(rows.map((r) => r.count)).toEqual(h.database.kind === 'postgres' ? [LIMITS.signIn.max + 1] : []);
  });

  it('RATE_LIMITS=off turns them off (benchmarks, load tests)', async () => {
    const unlimited = await buildApp({
      config: { ...h.config, rateLimits: false },
      database: h.database,
      events: new EventBus(),
    });
    for (let i = 0; i <= LIMITS.signIn.max; i++) {
      expect((await signIn(unlimited, '203.0.113.99')).statusCode).toBe(401);
    }
    await unlimited.close();
  });

  it('feeds and the public JSON API are limited per address', async () => {
    for (let i = 0; i < LIMITS.feeds.max; i++) {
      expect((await app.inject({ url: '/rss.xml', remoteAddress: '198.51.100.1' })).statusCode).toBe(200);
    }
    const feed = await app.inject({ url: '/rss.xml', remoteAddress: '198.51.100.1' });
    expect(feed.statusCode).toBe(429);
    expect(feed.headers['retry-after']).toMatch(/^\d+$/);
    expect((await app.inject({ url: '/', remoteAddress: '198.51.100.1' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/rss.xml', remoteAddress: '198.51.100.2' })).statusCode).toBe(200);
  });

  it('expensive staff queries are limited per session, batched calls included', async () => {
    const [a, b] = [await h.makeUser('editor'), await h.makeUser('editor')];
    const list = (token: string) =>
      app.inject({
        url: `/trpc/stories.list,sections.list?batch=1&input=${encodeURIComponent('{"0":{}}')}`,
        remoteAddress: '192.0.2.10',
        headers: { cookie: `${SESSION_COOKIE}=${token}` },
      });
    for (let i = 0; i < LIMITS.staffQuery.max; i++) expect((await list(a.sessionToken)).statusCode).toBe(200);
    const refused = await list(a.sessionToken);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toHaveLength(2);
    expect(refused.json()[0].error.data.code).toBe('TOO_MANY_REQUESTS');
    // The colleague at the same newsroom address is another client.
    expect((await list(b.sessionToken)).statusCode).toBe(200);
  }, 120_000);

  it('the PostgreSQL store shares counters between instances and restarts the window', async () => {
    const one = new PostgresRateLimitStore(h.db);
    const two = new PostgresRateLimitStore(h.db);
    expect((await one.count('test:shared', 400)).current).toBe(1);
    expect((await two.count('test:shared', 400)).current).toBe(2);
    const third = await one.count('test:shared', 400);
    expect(third.current).toBe(3);
    expect(third.ttl).toBeGreaterThan(0);
    expect(third.ttl).toBeLessThanOrEqual(400);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect((await two.count('test:shared', 400)).current).toBe(1);
  });
});
