// `npm run bench`: runs every benchmark, prints one table per benchmark (figures against
// their targets) and rewrites bench/RESULTS.md from bench/results/*.json.
// Benchmarks are measurements, not tests: a missed target never fails the run.
// BENCH_ONLY=a,b runs a subset. PostgreSQL figures use BENCH_DATABASE_URL
// (default postgres://postgres@127.0.0.1:5432/test, each benchmark makes its own database).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { normalizeResult } from './lib/normalize';
import { type BenchRow, formatTable, meetsTarget, RESULTS_DIR } from './lib/report';

const BENCHMARKS = [
  'bundle-size',
  'public-article',
  'public-cache',
  'autosave',
  'story-list',
  'search',
  'scheduler',
  'media-upload',
  'typing-latency',
  'collab-latency',
  'collab-typing',
];

// How to read a table, where its rows need more than their names (printed under it in RESULTS.md).
const READING: Record<string, string> = {
  'typing-latency':
    'Each character typed (beforeinput or keydown) to the frame painted after the change. "A fast typist" sends keys 30 to 130 ms apart (80 ms on average, about 150 words a minute, the same rhythm every run); with frames unthrottled that is Barta\'s own cost and is held to the target. At 60 Hz every figure also holds the wait for the next display refresh (0 to 16.7 ms). "Back to back" sends each key as soon as the browser has taken the last, about 90 a second: a key\'s figure then also holds the next key\'s work, which runs before its frame, so those rows show a queue no person makes (the bare contenteditable\'s p95 alone is about 15 ms there). Each pace has its floor: a bare contenteditable holding the same paragraphs, the cost of this machine and harness.',
  scheduler:
    "Lateness is the moment each batch committed minus the story's publish_at, for every story; two instances (two connection pools) share one PostgreSQL database, PGlite runs one.",
  'public-cache':
    "The floor is Fastify on this machine answering a fixed body of the article page's size; the cache-hit targets are half of it. A miss is a full render (a query string the route ignores makes a new cache key). Publish to visible runs from the publish request's answer to the first home-page request that lists the story: on one PGlite instance, and on each of two PostgreSQL instances (a fresh database, stories published through each in turn; the other learns of it through the outbox and LISTEN/NOTIFY). Autosaves run over HTTP while autocannon reads the article page.",
  'collab-latency':
    "A character inserted into one Yjs client until it is in the other, each through Barta's /collab WebSocket with a session cookie, typists alternating every 15 ms; across instances the update goes through PostgreSQL LISTEN/NOTIFY. Memory is the growth from 40 to 80 open documents (one client each) divided by 40: the JavaScript heap in use after a full garbage collection (through the server's inspector), and the resident memory (RSS) for context, which also moves with the collector's timing and, on PGlite, the embedded database's cache. The Yjs state row is the size of one document's encoded state, for scale (the server holds each document and a shadow copy for checking updates).",
  'collab-typing':
    "Chromium types into a 10,000-word story in a Tiptap editor bound to the story's shared document through /collab (the bench-only page bench/collab-page: Barta's body extensions with Collaboration and CollaborationCaret), each key to the painted frame with frames unthrottled; alone, then while a Node Yjs client types a character every 100 ms mid-story and moves its caret. The target is the ratio of the two p95 figures.",
  'search-postgres-100k':
    'Measured on 2026-12-01 at 100,000 stories on PostgreSQL after migration 0013 (word vectors in lz4) and the bigram condition on headline phrase candidates, 10 runs each, on another machine (2 cores, AMD EPYC) loaded by other work (load average 13 to 18). The same run before those changes: phrase "ইলন মাস্ক", best match p50 96.6 / p95 113.3 ms and two common words p50 139.9 / p95 196.5 ms (tRPC); median EXPLAIN ANALYZE of the page query (7 runs) 78.4 -> 38.6 ms and 145.2 -> 86.1 ms. The search-postgres table is the 1,000,000-story run after them.',
  'search-postgres':
    'Measured on 2026-12-01 on a 1,000,000-story archive (`npm run bench:data -- --stories 1000000 --copies 10`: 100,000 generated stories, each stored ten times over the same ten years), with a warm cache on a quiet machine (load average about 1). The first searches after the archive was built, or after other work pushed it out of memory, hit the 3 s statement timeout on common words and phrases: cold, these read the word vectors from disk.',
  'public-cache-postgres-1m':
    'The public-cache benchmark on the 1,000,000-story PostgreSQL archive (BENCH_ARCHIVE=postgres://…/barta_bench_1m), on a quiet machine: both instances of publish to visible open the archive too. The sitemap index is built from the per-month summary the publication pipeline keeps.',
  'public-cache-pglite-100k':
    'The public-cache benchmark on a 100,000-story PGlite archive (`DATA_DIR=/tmp/barta-bench-100k npm run bench:data -- --stories 100000`, then BENCH_ARCHIVE=/tmp/barta-bench-100k), on a quiet machine (load average about 1). An earlier run under load (load average 12 to 16) read a sitemap index p95 of 105 ms: that was the machine, not the query (two small reads of the per-month summary).',
  'search-pglite':
    "Measured on 2026-12-01 on a 100,000-story PGlite archive (`npm run bench:data -- --stories 100000`), 20 runs each, on a quiet machine. The table before it was at 200,000 stories on 2026-11-29, before the bigram condition on headline phrase candidates: the best-match phrase then took p50 1,167 / p95 1,525 ms. What is left of a common word's best match is reading and ranking the word vectors of about 1,400 candidates in the embedded database.",
  'public-article':
    'Server render is one request at a time (no concurrency); requests per second are measured with 10 connections for 10 s (autocannon).',
};

const only = process.env.BENCH_REPORT_ONLY ? [] : process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const selected = BENCHMARKS.filter((name) => !only || only.includes(name));
const outcomes: Record<string, string> = {};
for (const name of selected) {
  const file = path.join(import.meta.dirname, `${name}.ts`);
  if (!fs.existsSync(file)) {
    outcomes[name] = 'missing';
    continue;
  }
  console.log(`\n>>> ${name}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], {
    stdio: 'inherit',
    env: process.env,
  });
  outcomes[name] =
    result.status === 0
      ? `ok in ${Math.round((Date.now() - started) / 1000)} s`
      : `failed (${result.status})`;
}

interface Result {
  name: string;
  date: string;
  rows: BenchRow[];
}
const results: Result[] = fs.existsSync(RESULTS_DIR)
  ? fs
      .readdirSync(RESULTS_DIR)
      .filter((f) => f.endsWith('.json'))
      .map(
        (f) => normalizeResult(f, JSON.parse(fs.readFileSync(path.join(RESULTS_DIR, f), 'utf8'))) as Result,
      )
      .filter((r) => BENCHMARKS.some((b) => r.name.startsWith(b)))
      .sort((a, b) => a.name.localeCompare(b.name))
  : [];

console.log('\n==== Summary ====');
for (const [name, outcome] of Object.entries(outcomes)) console.log(`${name}: ${outcome}`);
const tables = results.map((r) => `${formatTable(r.name, r.rows)}\n(measured ${r.date})`);
const readingOf = (name: string) => READING[Object.keys(READING).find((key) => name.startsWith(key)) ?? ''];
for (const table of tables) console.log(`\n${table}`);
// Per benchmark: how many of its figures with a target missed it (the tables say which).
const missed = results.flatMap((r) => {
  const judged = r.rows.filter((row) => meetsTarget(row) !== null);
  const failing = judged.filter((row) => meetsTarget(row) === false).length;
  return failing ? [`${r.name} ${failing} of ${judged.length}`] : [];
});
console.log(missed.length ? `\nTargets missed: ${missed.join('; ')}` : '\nEvery measured target met.');

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const md = [
  '# Benchmark results',
  '',
  `Machine: ${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; each table says when it was measured.`,
  'Machines here are shared and noisy: read the figures as orders of magnitude, and compare runs on one machine.',
  '',
  ...tables.map((t, i) => {
    const reading = readingOf(results[i].name);
    return `\`\`\`\n${t}\n\`\`\`\n${reading ? `${reading}\n` : ''}`;
  }),
  missed.length ? `Targets missed: ${missed.join('; ')}.` : 'Every measured target met.',
  '',
].join('\n');
fs.writeFileSync(path.join(import.meta.dirname, 'RESULTS.md'), md);
