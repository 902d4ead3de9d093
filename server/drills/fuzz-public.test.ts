import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../events/bus';
import { CLIENT_DIST } from '../http/admin-app';
import { buildApp } from '../http/app';
import { insertSection, insertStory } from '../test/factories';
import { createTestHarness, type TestHarness } from '../test/harness';
import { appRouter } from '../trpc/router';
import { anyUnit, DRILL_SEED, forgedCursor } from './arbitrary-input';

/**
 * Drill (h): every public route, unauthenticated, with generated path, query and
 * header values: random bytes, NUL, lone surrogates, huge numbers, days not in the
 * calendar, forged cursors and very long values. A 5xx is a bug in Barta; the drill
 * counts the requests it sent and the 5xx it saw, which must be 0.
 * DRILL_RUNS sets the number of requests (npm run drill runs 10,000+).
 */
const RUNS = Number(process.env.DRILL_RUNS ?? 600);
const dashboardBuilt = fs.existsSync(path.join(CLIENT_DIST, 'index.html'));

/** Every public route, as Fastify names it; `*` parts and `:params` get generated values. */
const PUBLIC_ROUTES = [
  '/',
  '/*',
  '/healthz',
  '/readyz',
  '/article/:id',
  '/article/:id/:slug',
  '/section/:slug',
  '/api/public/articles',
  '/api/public/articles/:id',
  '/rss.xml',
  '/sitemap.xml',
  '/sitemaps/pages.xml',
  '/sitemaps/:file',
  '/news-sitemap.xml',
  '/robots.txt',
  '/preview/:id',
  '/assets/fonts/:version/:file',
  '/media/*',
  '/admin',
  '/admin/*',
];
/** Covered by the tRPC drills (fuzz-inputs, and the socket test below). */
const NOT_HERE = new Set(['/trpc/:path']);
/** Build output served as fixed files: no parameter to generate. */
const FIXED_FILES = /^\/(assets\/site\.|admin\/index\.html$|admin\/assets\/)/;

/** Paths of the routes Fastify registered, read from its route tree. */
function registeredRoutes(app: FastifyInstance): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([│ ]*)[└├]── (\S+) \(/.exec(line);
    if (!match) continue;
    const depth = match[1].length / 4;
    const parent = depth === 0 ? '' : stack[depth - 1];
    const path =
      depth === 0
        ? match[2]
        : `${parent.endsWith('/') ? parent : `${parent}/`}${match[2]}`.replace(/\/\/+/g, '/');
    stack[depth] = path;
    stack.length = depth + 1;
    routes.push(path);
  }
  return routes;
}

const percent = (bytes: Uint8Array) => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
/** A string as a browser would put it in a URL, lone surrogates written as their (invalid) UTF-8 bytes. */
const encodeLoosely = (text: string) =>
  [...text]
    .map((ch) => {
      const code = ch.charCodeAt(0);
      if (ch.length === 1 && code >= 0xd800 && code <= 0xdfff) {
        return percent(new Uint8Array([0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)]));
      }
      return encodeURIComponent(ch);
    })
    .join('');

const ID = '0b5a3f2e-8c1d-4e6f-9a7b-1c2d3e4f5a6b';
const urlValue = fc.oneof(
  fc.constantFrom(
    '%00',
    'abc%00',
    '%00%00%00',
    '%ED%A0%80',
    '%ED%B0%80x',
    '%FF%FE',
    '%C0%80',
    '%E0%A4',
    '%',
    '%zz',
    '..%2F..%2Fetc%2Fpasswd',
    '..',
    '-1',
    '1e999',
    '99999999999999999999999999',
    '0',
    '2025-02-30',
    'stories-0000-00.xml',
    'stories-2025-02.xml',
    'stories-9999-12.xml',
    ID,
    ID.toUpperCase(),
    encodeURIComponent('জাতীয়'),
    encodeURIComponent('জাতীয়'.normalize('NFD')),
    '__proto__',
    'constructor',
  ),
  fc.uint8Array({ maxLength: 24 }).map(percent),
  fc.string({ unit: anyUnit, maxLength: 24 }).map(encodeLoosely),
  fc.string({ unit: 'grapheme', maxLength: 24 }).map(encodeURIComponent),
  forgedCursor,
  fc.integer({ min: 1000, max: 6000 }).map((n) => encodeURIComponent('ক'.repeat(n))),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
);

const QUERY_NAMES = ['before', 'cursor', 'limit', 'section', 'q', 'page', 'input', 'batch', '__proto__'];
const query = fc
  .array(fc.tuple(fc.constantFrom(...QUERY_NAMES), urlValue), { maxLength: 4 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : ''));

// Header values Node allows: tab, printable ASCII and bytes 0x80-0xff (as latin1).
const headerText = fc.string({
  unit: fc
    .oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0x80, max: 0xff }))
    .map((c) => String.fromCharCode(c)),
  maxLength: 200,
});
const headers = fc.record(
  {
    cookie: fc.oneof(
      headerText.map((v) => `barta_session=${v}`),
      fc.constant(`barta_session=${'x'.repeat(4000)}`),
    ),
    'if-none-match': fc.oneof(headerText, fc.constant('*')),
    'if-modified-since': fc.oneof(headerText, fc.constant('Sat, 30 Feb 2025 00:00:00 GMT')),
    accept: headerText,
    'accept-encoding': fc.constantFrom('gzip', 'br', '*', 'identity;q=0', 'x'.repeat(500)),
    'accept-language': headerText,
    'user-agent': headerText,
    'x-forwarded-for': fc.oneof(headerText, fc.ipV4(), fc.ipV6()),
    range: fc.constantFrom('bytes=0-', 'bytes=-1', 'bytes=99999999999999999999-', 'bytes=5-1', 'x'),
    origin: headerText,
    referer: headerText,
  },
  { requiredKeys: [] },
);

function fill(route: string, values: string[]): string {
  let i = 0;
  return route.replace(/:[a-z]+|\*/g, () => values[i++ % values.length] ?? 'x');
}

describe('drill: fuzz every public route', () => {
  let h: TestHarness;
  let app: FastifyInstance;
  const tally = { requests: 0, serverErrors: 0, byStatus: new Map<number, number>() };

  beforeAll(async () => {
    h = await createTestHarness();
    app = await buildApp({ config: h.config, database: h.database, events: new EventBus() });
    await app.ready();
    const section = await insertSection(h.db, { slug: 'জাতীয়' });
    await insertStory(h.db, { sectionId: section.id, publishedAt: new Date(Date.now() - 60_000) });
  });
  afterAll(async () => {
    const statuses = [...tally.byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`);
    console.log(
      `drill fuzz-public: ${tally.requests} requests over ${PUBLIC_ROUTES.length} public routes and /trpc signed out (seed ${DRILL_SEED}): ${tally.serverErrors} server errors; statuses ${statuses.join(' ')}`,
    );
    await app.close();
    await h.close();
  });

  it('knows every public route the app registers', () => {
    const missing = registeredRoutes(app).filter(
      (route) => !NOT_HERE.has(route) && !FIXED_FILES.test(route) && !PUBLIC_ROUTES.includes(route),
    );
    expect(missing).toEqual([]);
  });

  it(`answers ${RUNS} generated requests without a single 5xx`, async () => {
    const perRoute = Math.max(10, Math.ceil(RUNS / PUBLIC_ROUTES.length));
    const failures: string[] = [];
    for (const route of PUBLIC_ROUTES) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(urlValue, { minLength: 1, maxLength: 3 }),
          query,
          headers,
          fc.constantFrom('GET', 'HEAD'),
          // Every request is counted; a 5xx is recorded (not thrown) so the drill reports them all.
          // Many clients, so the drill reaches the routes rather than their rate limits.
          fc.oneof(fc.ipV4(), fc.ipV6()),
          async (values, search, sent, method, remoteAddress) => {
            const url = fill(route, values) + search;
            const res = await app.inject({
              method: method as 'GET' | 'HEAD',
              url,
              headers: sent,
              remoteAddress,
            });
            tally.requests++;
            tally.byStatus.set(res.statusCode, (tally.byStatus.get(res.statusCode) ?? 0) + 1);
            // 503 by design: health and readiness when the database or store does not answer, and
            // the dashboard's "not built yet" message (npm test builds it only for the browser tests).
            const probe = route === '/healthz' || route === '/readyz';
            const unbuilt = route.startsWith('/admin') && !dashboardBuilt;
            if (res.statusCode >= 500 && !((probe || unbuilt) && res.statusCode === 503)) {
              tally.serverErrors++;
              failures.push(`${method} ${url.slice(0, 200)} → ${res.statusCode}`);
            }
          },
        ),
        { numRuns: perRoute, seed: DRILL_SEED },
      );
    }
    expect(failures).toEqual([]);
    expect(tally.serverErrors).toBe(0);
  }, 600_000);

  it('answers generated tRPC requests over HTTP, signed out, without a single 5xx', async () => {
    const origin = await app.listen({ host: '127.0.0.1', port: 0 });
    const names = Object.keys(appRouter._def.procedures).filter((name) => name !== 'live.events');
    const procedure = fc.oneof(fc.constantFrom(...names), urlValue);
    const jsonText = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.string({ unit: anyUnit, maxLength: 40 }).map((text) => JSON.stringify({ q: text, cursor: text })),
      forgedCursor.map((cursor) => JSON.stringify({ cursor })),
      fc.constantFrom('{"0":{"q":"\\ud800"}}', '{"email":"a@b.c\\u0000","password":"x"}', '[', '"', 'null'),
    );
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.array(procedure, { minLength: 1, maxLength: 3 }),
        jsonText,
        fc.boolean(),
        fc.constantFrom('GET', 'POST'),
        fc.constantFrom(
          'application/json',
          'text/plain',
          'application/octet-stream',
          'multipart/form-data',
          'multipart/form-data; boundary=x',
        ),
        async (paths, input, batch, method, contentType) => {
          const path = `/trpc/${paths.join(',')}`;
          const query = `${batch ? 'batch=1&' : ''}input=${encodeURIComponent(input)}`;
          // Over a real socket: tRPC reads multipart bodies from the Node request stream.
          const target = `${origin}${path}${method === 'GET' ? `?${query}` : batch ? '?batch=1' : ''}`;
          const res = await fetch(target, {
            method,
            ...(method === 'POST' ? { body: input, headers: { 'content-type': contentType } } : {}),
          })
            .then(async (r) => ({ statusCode: r.status, body: await r.text() }))
            .catch((error: Error) => ({ statusCode: 0, body: String(error) }));
          // 0: the client itself refused to send it (an invalid URL); nothing reached the server.
          if (res.statusCode === 0) return;
          tally.requests++;
          tally.byStatus.set(res.statusCode, (tally.byStatus.get(res.statusCode) ?? 0) + 1);
          if (res.statusCode >= 500) {
            tally.serverErrors++;
            failures.push(
              `${method} ${path.slice(0, 100)} ${contentType} ${input.slice(0, 100)} → ${res.statusCode} ${res.body.slice(0, 200)}`,
            );
          }
        },
      ),
      { numRuns: RUNS, seed: DRILL_SEED },
    );
    expect(failures).toEqual([]);
  }, 600_000);
});
