/**
 * The public article page with the page cache off: server render time (Fastify's own timing of the
 * request, p50/p95/max over sequential requests) and requests per second with
 * autocannon (10 s, 10 connections, loopback), on PGlite in a temp DATA_DIR
 * loaded with the demo newsroom. Target: render p95 ≤ 20 ms.
 *
 *   node --import tsx bench/public-article.ts        (BENCH_RENDERS=1000 to change the sample)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readConfig } from '../server/config';
import { openConfiguredDatabase } from '../server/db/open-from-config';
import { EventBus } from '../server/events/bus';
import { buildApp } from '../server/http/app';
import { seedDemoNewsroom } from '../server/site/demo/seed-demo';
import { autocannon } from './lib/autocannon';
import { type BenchRow, percentiles, report } from './lib/report';

const RENDERS = Number(process.env.BENCH_RENDERS ?? 500);
const quiet = { error: (o: unknown) => console.error(o), warn() {}, info() {} };

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-bench-site-'));
  // The render path itself: bench/public-cache.ts measures the page cache in front of it.
  const config = readConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', PORT: '3000', PAGE_CACHE_MB: '0' });
  const database = await openConfiguredDatabase(config, 'bench/public-article.ts');
  const events = new EventBus();
  try {
    console.log('loading the demo newsroom …');
    const seeded = await seedDemoNewsroom(
      { config, database, events, log: quiet },
      { password: 'bench-password-1' },
    );
    const app = await buildApp({ config, database, events });
    const renderMs: number[] = [];
    app.addHook('onResponse', async (req, reply) => {
      if (req.url === seeded.seedStoryPath && reply.statusCode === 200) renderMs.push(reply.elapsedTime);
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const url = `http://127.0.0.1:${port}${seeded.seedStoryPath}`;

    // Warm up (JIT, PGlite caches), then measure sequential renders.
    for (let i = 0; i < 50; i++) await (await fetch(url)).text();
    renderMs.length = 0;
    for (let i = 0; i < RENDERS; i++) {
      const res = await fetch(url);
      if (res.status !== 200) throw new Error(`article page answered ${res.status}`);
      await res.text();
    }
    const render = percentiles(renderMs);
    const bytes = (await (await fetch(url)).text()).length;

    const load = await autocannon({ url, connections: 10, duration: 10 });
    const conditional = await autocannon({
      url,
      connections: 10,
      duration: 5,
      headers: { 'if-none-match': (await fetch(url)).headers.get('etag') ?? '' },
    });
    await app.close();

    const rows: BenchRow[] = [
      {
        metric: 'article page server render',
        unit: 'ms',
        ...render,
        target: { figure: 'p95', op: '<=', bound: 20 },
      },
      {
        metric: 'article page req/s (10 conns, 10 s)',
        unit: 'req/s',
        value: Math.round(load.requests.average),
      },
      {
        metric: 'article page latency under load',
        unit: 'ms',
        p50: load.latency.p50,
        p99: load.latency.p99,
        max: load.latency.max,
      },
      {
        metric: 'article page 304 req/s (If-None-Match)',
        unit: 'req/s',
        value: Math.round(conditional.requests.average),
      },
    ];
    report('public-article', rows, {
      database: 'pglite',
      htmlBytes: bytes,
      renders: RENDERS,
      non2xx: load.non2xx,
      errors: load.errors,
      timeouts: load.timeouts,
    });
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
