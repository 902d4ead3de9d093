/**
 * The public site at front-page traffic, against a real Barta server (PGlite, the
 * demo newsroom) and against this machine's floor: Fastify answering a fixed body of
 * the article page's size. Measured in one run:
 * - the floor, and the article page from the page cache, at 10 and 100 connections;
 * - a cache miss (a render), one request at a time;
 * - 304 answers; home, section and JSON list, cached and rendered;
 * - publish to visible: from the publish answer to the first reader request that sees it,
 *   on one PGlite instance and on both of two PostgreSQL instances (BENCH_SKIP_PG=1 skips);
 * - autosave round trips while readers hit the article page (10 connections), against quiet.
 *
 *   node --import tsx bench/public-cache.ts     (BENCH_SECONDS=5 per load run)
 *   BENCH_ARCHIVE=postgres://…/barta_bench_1m | /path/to/pglite-dir: the same on a generated
 *   archive (npm run bench:data) instead of the demo newsroom; on a PostgreSQL archive both
 *   instances of "publish to visible" open it too. Reported as public-cache-<database>-<N>k.
 */
import { performance } from 'node:perf_hooks';
import Fastify from 'fastify';
import pg from 'pg';
import { type BenchServer, bengaliBody, startBenchServer } from './editor-bench-server';
import { archiveFromEnvironment, archiveSession } from './lib/archive';
import { autocannon } from './lib/autocannon';
import { type BenchRow, percentiles, report } from './lib/report';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 3187);
const archive = archiveFromEnvironment();
const archived = archive ? await archiveSession(archive) : null;

async function rps(url: string, connections: number, headers?: Record<string, string>) {
  const result = await autocannon({ url, connections, duration: SECONDS, headers });
  // A conditional run answers 304s, which autocannon counts as non-2xx.
  if (result.errors > 0 || (!headers && result.non2xx > 0))
    throw new Error(`${url}: ${result.errors} errors, ${result.non2xx} non-2xx answers under load`);
  return Math.round(result.requests.average);
}

/** Sequential requests, each a miss (a query string the route ignores makes a new cache key). */
async function missTimes(url: string, n: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    const res = await fetch(`${url}${url.includes('?') ? '&' : '?'}bench=${i}-${Date.now()}`);
    await res.text();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    times.push(performance.now() - start);
  }
  return times;
}

async function floorServer(bytes: number) {
  const app = Fastify({ logger: false });
  const body = 'ক'.repeat(Math.ceil(bytes / 3)).slice(0, bytes);
  app.get('/', async (_req, reply) => reply.type('text/html; charset=utf-8').send(body));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  return { app, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` };
}

/**
 * Publishes `n` stories (checklist-ready, in the section and with the image of
 * `templateId`), through the servers in turn, and times from each publish answer
 * to the first home-page request on every server that lists the new story.
 * Returns one list of times per server.
 */
async function publishToVisible(servers: BenchServer[], templateId: string, n: number): Promise<number[][]> {
  const times = servers.map(() => [] as number[]);
  const template = await servers[0].query<{ sectionId: string; leadMediaId: string }>('articles.get', {
    id: templateId,
  });
  for (let i = 0; i < n; i++) {
    const via = servers[i % servers.length];
    const created = await via.call<{ id: string; version: number }>('articles.create', {
      headline: `প্রকাশের গতি ${i} ${Date.now()}`,
      summary: 'প্রকাশ থেকে পাঠকের পাতায় পৌঁছাতে কত সময় লাগে।',
      byline: 'কাগজ ডেস্ক',
      sectionId: template.sectionId,
      leadMediaId: template.leadMediaId,
      body: bengaliBody(300),
    });
    const submitted = await via.call<{ version: number }>('workflow.submit', {
      id: created.id,
      version: created.version,
    });
    const approved = await via.call<{ version: number }>('workflow.approve', {
      id: created.id,
      version: submitted.version,
    });
    // Every home page is cached before the publication.
    for (const s of servers) await (await fetch(`${s.origin}/`)).text();
    await via.call('workflow.publish', { id: created.id, version: approved.version });
    const answered = performance.now();
    await Promise.all(
      servers.map(async (s, k) => {
        for (;;) {
          const home = await (await fetch(`${s.origin}/`)).text();
          if (home.includes(created.id)) break;
          if (performance.now() - answered > 10_000)
            throw new Error(`published story not visible on ${s.origin} within 10 s`);
        }
        times[k].push(performance.now() - answered);
      }),
    );
  }
  return times;
}

function visibleRows([a, b]: number[][]): BenchRow[] {
  const both = a.map((t, i) => Math.max(t, b[i]));
  const target = { figure: 'p99', op: '<=', bound: 1000 } as const;
  return [
    {
      metric: 'publish to visible, PostgreSQL, 2 instances: instance A',
      unit: 'ms',
      ...percentiles(a),
      target,
    },
    {
      metric: 'publish to visible, PostgreSQL, 2 instances: instance B',
      unit: 'ms',
      ...percentiles(b),
      target,
    },
    {
      metric: 'publish to visible, PostgreSQL, 2 instances: on both',
      unit: 'ms',
      ...percentiles(both),
      target,
    },
  ];
}

/** A published story of the archive with a section and a lead image: the template of new publications. */
async function archiveTemplate(server: BenchServer, ids: string[]): Promise<string> {
  for (const id of ids) {
    const story = await server.query<{ sectionId: string | null; leadMediaId: string | null }>(
      'articles.get',
      { id },
    );
    if (story.sectionId && story.leadMediaId) return id;
  }
  throw new Error('no published story with a section and a lead image on the first page of the archive');
}

/**
 * Two Barta processes on one fresh PostgreSQL database (BENCH_DATABASE_URL's server):
 * stories published through each in turn, visible on both; the other instance learns
 * of it through the outbox and the LISTEN/NOTIFY relay.
 */
async function twoInstanceRows(archiveStoryId: string | null): Promise<BenchRow[]> {
  if (process.env.BENCH_SKIP_PG || (archive && !archive.env.DATABASE_URL)) return [];
  if (archive && archived && archiveStoryId) {
    const options = { env: archive.env, session: archived.token };
    const servers = [await startBenchServer(PORT + 1, options), await startBenchServer(PORT + 2, options)];
    try {
      return visibleRows(await publishToVisible(servers, archiveStoryId, 40));
    } finally {
      for (const s of servers) await s.stop();
    }
  }
  const serverUrl =
    process.env.BENCH_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/test';
  const name = `barta_bench_visible_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const env = { DATABASE_URL: url.toString() };
  const servers: BenchServer[] = [];
  try {
    servers.push(await startBenchServer(PORT + 1, { env }));
    servers.push(await startBenchServer(PORT + 2, { env }));
    const seeded = await servers[0].call<{ stories: { id: string }[] }>('demo.seed', { confirm: true });
    return visibleRows(await publishToVisible(servers, seeded.stories[0].id, 40));
  } finally {
    for (const s of servers) await s.stop();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const server = archive
  ? await startBenchServer(PORT, { env: archive.env, session: archived?.token })
  : await startBenchServer(PORT);
try {
  const seeded = archive
    ? null
    : await server.call<{ stories: { id: string }[] }>('demo.seed', { confirm: true });
  const list = (await (await fetch(`${server.origin}/api/public/articles?limit=20`)).json()) as {
    items: { id: string; url: string; section: { slug: string } | null }[];
  };
  const templateId = seeded
    ? seeded.stories[0].id
    : await archiveTemplate(
        server,
        list.items.map((i) => i.id),
      );
  const story = list.items.find((i) => i.id === templateId) ?? list.items[0];
  const articleUrl = `${server.origin}${new URL(story.url).pathname}`;
  const sectionUrl = `${server.origin}/section/${story.section?.slug ?? ''}`;
  const homeUrl = `${server.origin}/`;
  const jsonUrl = `${server.origin}/api/public/articles`;
  for (const url of [articleUrl, sectionUrl, homeUrl, jsonUrl])
    for (let i = 0; i < 30; i++) await (await fetch(url)).text();
  const articleBytes = Buffer.byteLength(await (await fetch(articleUrl)).text());
  const etag = (await fetch(articleUrl)).headers.get('etag') ?? '';

  const floor = await floorServer(articleBytes);
  const floor10 = await rps(floor.url, 10);
  const floor100 = await rps(floor.url, 100);
  await floor.app.close();

  const hit10 = await rps(articleUrl, 10);
  const hit100 = await rps(articleUrl, 100);
  const notModified = await rps(articleUrl, 10, { 'if-none-match': etag });
  const notModified100 = await rps(articleUrl, 100, { 'if-none-match': etag });
  const miss = percentiles(await missTimes(articleUrl, 200));
  const lists = [
    ['home page', homeUrl],
    ['section page', sectionUrl],
    ['JSON list', jsonUrl],
  ] as const;
  const listRows: BenchRow[] = [];
  for (const [name, url] of lists) {
    const listEtag = (await fetch(url)).headers.get('etag') ?? '';
    listRows.push({ metric: `${name}, cache hit, 10 conns`, unit: 'req/s', value: await rps(url, 10) });
    listRows.push({ metric: `${name}, cache hit, 100 conns`, unit: 'req/s', value: await rps(url, 100) });
    listRows.push({
      metric: `${name}, 304 (If-None-Match), 10 conns`,
      unit: 'req/s',
      value: await rps(url, 10, { 'if-none-match': listEtag }),
    });
    listRows.push({
      metric: `${name}, cache miss (render)`,
      unit: 'ms',
      ...percentiles(await missTimes(url, 100)),
    });
  }

  // The sitemap index comes from the per-month summary the publication pipeline keeps.
  const sitemapUrl = `${server.origin}/sitemap.xml`;
  const index = await (await fetch(sitemapUrl)).text();
  const month = /stories-(\d{4}-\d{2})\.xml/.exec(index)?.[1];
  const sitemapRows: BenchRow[] = [
    {
      metric: `sitemap index (${(index.match(/<sitemap>/g) ?? []).length} sitemaps), cache miss`,
      unit: 'ms',
      ...percentiles(await missTimes(sitemapUrl, 100)),
      target: { figure: 'p95', op: '<=', bound: 50 },
    },
  ];
  if (month) {
    sitemapRows.push({
      metric: `one month's story sitemap (${month}), cache miss`,
      unit: 'ms',
      ...percentiles(await missTimes(`${server.origin}/sitemaps/stories-${month}.xml`, 50)),
    });
  }

  // Publish to visible: the home page is cached; the new story must be on it at the first request after the answer.
  const visible = (await publishToVisible([server], story.id, 20))[0];

  // Autosaves, quiet and while readers hit the article page.
  const created = await server.call<{ id: string; version: number }>('articles.create', {
    headline: 'পাঠকের ঢেউয়ে অটোসেভ',
    body: bengaliBody(2000),
  });
  await server.call('articles.acquireLock', { id: created.id, tabId: 'bench-tab-wave' });
  let version = created.version;
  const content = {
    headline: 'পাঠকের ঢেউয়ে অটোসেভ',
    kicker: '',
    summary: '',
    byline: '',
    sectionId: null,
    body: bengaliBody(2000),
  };
  async function saves(n: number): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < n; i++) {
      content.body.content[0].content[0].text += ' শব্দ';
      const start = performance.now();
      const saved = await server.call<{ version: number }>('articles.save', {
        id: created.id,
        baseVersion: version,
        mode: 'autosave',
        tabId: 'bench-tab-wave',
        content,
      });
      out.push(performance.now() - start);
      version = saved.version;
    }
    return out;
  }
  await saves(5);
  const quiet = percentiles(await saves(40));
  const wave = autocannon({ url: articleUrl, connections: 10, duration: SECONDS * 2 });
  await new Promise((r) => setTimeout(r, 500));
  const loaded = percentiles(await saves(40));
  await wave;

  const rows: BenchRow[] = [
    { metric: 'floor: Fastify, fixed body of the article size, 10 conns', unit: 'req/s', value: floor10 },
    { metric: 'floor: Fastify, fixed body, 100 conns', unit: 'req/s', value: floor100 },
    {
      metric: 'article page, cache hit, 10 conns',
      unit: 'req/s',
      value: hit10,
      target: { figure: 'value', op: '>=', bound: Math.round(floor10 * 0.5) },
    },
    {
      metric: 'article page, cache hit, 100 conns',
      unit: 'req/s',
      value: hit100,
      target: { figure: 'value', op: '>=', bound: Math.round(floor100 * 0.5) },
    },
    { metric: 'article page, cache miss (render), sequential', unit: 'ms', ...miss },
    { metric: 'article page, 304 (If-None-Match), 10 conns', unit: 'req/s', value: notModified },
    { metric: 'article page, 304 (If-None-Match), 100 conns', unit: 'req/s', value: notModified100 },
    ...listRows,
    ...sitemapRows,
    {
      metric: 'publish to visible on the cached home page (one instance)',
      unit: 'ms',
      ...percentiles(visible),
      target: { figure: 'p99', op: '<=', bound: 1000 },
    },
    ...(await twoInstanceRows(archive ? templateId : null)),
    { metric: 'autosave round trip, quiet', unit: 'ms', ...quiet },
    {
      metric: 'autosave round trip, readers at 10 conns',
      unit: 'ms',
      ...loaded,
      target: { figure: 'p95', op: '<=', bound: Math.round(quiet.p95 * 2) },
    },
  ];
  const stories = archived?.stories ?? 0;
  const size = stories >= 950_000 ? `${Math.round(stories / 1e6)}m` : `${Math.round(stories / 1000)}k`;
  const name = archive
    ? `public-cache-${archive.env.DATABASE_URL ? 'postgres' : 'pglite'}-${size}`
    : 'public-cache';
  report(name, rows, {
    database: archive
      ? `${archive.label}, ${archived?.stories} stories`
      : 'PGlite (fresh DATA_DIR, demo newsroom)',
    articleBytes,
    seconds: SECONDS,
    hitRatioOfFloor10: Math.round((hit10 / floor10) * 100) / 100,
    hitRatioOfFloor100: Math.round((hit100 / floor100) * 100) / 100,
  });
} finally {
  await server.stop();
}
