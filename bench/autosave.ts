// Autosave round trip: articles.save over HTTP (JSON, session cookie) for a
// 5,000-word Bengali story, each save based on the version the previous returned,
// as the editor's queue does. Target p95 <= 100 ms.
//
//   node --import tsx bench/autosave.ts          (BENCH_N=60 saves by default)
import { performance } from 'node:perf_hooks';
import { bengaliBody, startBenchServer } from './editor-bench-server';
import { percentiles, report } from './lib/report';

const N = Number(process.env.BENCH_N ?? 60);
const WORDS = 5_000;
const PORT = Number(process.env.BENCH_PORT ?? 3191);

const server = await startBenchServer(PORT);
try {
  const body = bengaliBody(WORDS);
  const content = {
    headline: 'অটোসেভ পরীক্ষা',
    kicker: '',
    summary: '',
    byline: 'কাগজ ডেস্ক',
    sectionId: null,
    body,
  };
  const created = await server.call<{ id: string; version: number }>('articles.create', content);
  await server.call('articles.acquireLock', { id: created.id, tabId: 'bench-tab-0001' });
  let version = created.version;
  const samples: number[] = [];
  for (let i = 0; i < N + 5; i++) {
    // One more word each time, as typing would (the body is re-validated and re-indexed every save).
    const last = body.content[body.content.length - 1].content[0];
    last.text += ' শব্দ';
    const start = performance.now();
    const saved = await server.call<{ version: number }>('articles.save', {
      id: created.id,
      baseVersion: version,
      mode: 'autosave',
      tabId: 'bench-tab-0001',
      content,
    });
    const elapsed = performance.now() - start;
    version = saved.version;
    if (i >= 5) samples.push(elapsed); // the first few warm up the JIT and the database
  }
  const stats = percentiles(samples);
  report(
    'autosave',
    [
      {
        metric: `articles.save round trip, ${WORDS}-word story`,
        unit: 'ms',
        ...stats,
        target: { figure: 'p95', op: '<=', bound: 100 },
      },
    ],
    { words: WORDS, bodyBytes: JSON.stringify(body).length, database: 'PGlite (fresh DATA_DIR)' },
  );
} finally {
  await server.stop();
}
