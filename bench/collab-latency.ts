// Co-editing latency: a keystroke typed into one person's shared document until it is
// in the other person's (Yjs client to Yjs client through Barta's /collab, each sending
// its typing in 50 ms windows as the dashboard does), on one
// instance (PGlite) and across two instances on one PostgreSQL (LISTEN/NOTIFY relay).
// Targets: p95 <= 100 ms on one instance, <= 250 ms across two. Also the server's
// memory per open document: the growth from 40 to 80 open 1,000-word stories (one
// client each) divided by 40, so one-time costs (code warming up, pools, the first
// document's caches) are not counted. Its JavaScript heap after a full garbage
// collection (through the server's inspector: the shared documents, their shadow copies,
// connections), and its resident memory (RSS) for context: that one also moves with
// when the collector last ran and, on PGlite, with the embedded database's cache.
//
//   node --import tsx bench/collab-latency.ts     (BENCH_N=200 keystrokes; BENCH_PORT, default 3221 and the next two)
//   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test (default) · BENCH_SKIP_PG=1
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import NodeWebSocket from 'crossws/websocket';
import pg from 'pg';
import * as Y from 'yjs';
import { SEND_EVERY_MS } from '../client/features/collab/batched-sends';
import { type CollabClient, connectCollab } from '../server/test/collab-client';
import { type BenchServer, bengaliBody, startBenchServer } from './editor-bench-server';
import { type BenchRow, percentiles, report } from './lib/report';

const N = Number(process.env.BENCH_N ?? 200);
const PORT = Number(process.env.BENCH_PORT ?? 3221);
const WORDS = 1_000;

const firstText = (c: CollabClient) =>
  (c.doc.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText;

async function newStory(server: BenchServer, words: number): Promise<string> {
  const created = await server.call<{ id: string }>('articles.create', {
    headline: 'সহলেখা পরীক্ষা',
    kicker: '',
    summary: '',
    byline: 'কাগজ ডেস্ক',
    sectionId: null,
    body: bengaliBody(words),
  });
  return created.id;
}

/** Keystroke in `a` until the character is in `b`, one at a time, alternating who types. */
async function measure(a: CollabClient, b: CollabClient): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < N + 10; i++) {
    const [from, to] = i % 2 === 0 ? [a, b] : [b, a];
    const char = String.fromCodePoint(0x4e00 + i);
    const arrived = new Promise<number>((resolve) => {
      const onUpdate = () => {
        if (firstText(to).toString().includes(char)) {
          to.doc.off('update', onUpdate);
          resolve(performance.now());
        }
      };
      to.doc.on('update', onUpdate);
    });
    const start = performance.now();
    firstText(from).insert(0, char);
    const end = await arrived;
    if (i >= 10) samples.push(end - start);
    await new Promise((r) => setTimeout(r, 15)); // a fast typist: about 65 characters a second
  }
  return samples;
}

function rssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/**
 * The server's V8 inspector (it runs with --inspect on `port`): a full garbage collection,
 * then the heap in use, so that what is counted is what stays, not what waits to be collected.
 */
async function openInspector(port: number) {
  const [target] = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const socket = new NodeWebSocket(target.webSocketDebuggerUrl) as unknown as WebSocket;
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  const waiting = new Map<number, (result: Record<string, number>) => void>();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: Record<string, number> };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result ?? {});
  };
  let next = 0;
  const call = (method: string) =>
    new Promise<Record<string, number>>((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      socket.send(JSON.stringify({ id, method }));
    });
  return {
    async heapAfterGcKb(): Promise<number> {
      await call('HeapProfiler.collectGarbage');
      return (await call('Runtime.getHeapUsage')).usedSize / 1024;
    },
    close: () => socket.close(),
  };
}

/** The bench server's environment for reading its heap through the inspector on `port`. */
const inspected = (port: number) => ({
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --inspect=127.0.0.1:${port}`.trim(),
});

/**
 * Memory per open document on `server`: 40 stories opened (one client each), then 40
 * more; the second batch's growth divided by 40. Returns the rows and the clients to close.
 */
async function memoryPerDocument(server: BenchServer, port: number, inspectorPort: number, where: string) {
  const inspector = await openInspector(inspectorPort);
  const clients: CollabClient[] = [];
  const ids: string[] = [];
  for (let i = 0; i < 80; i++) ids.push(await newStory(server, WORDS));
  const openBatch = async (batch: string[]) => {
    for (const storyId of batch) {
      const c = connectCollab({ port, token: server.cookie.value, articleId: storyId });
      clients.push(c);
      await c.synced;
    }
    await new Promise((r) => setTimeout(r, 500));
    const heap = await inspector.heapAfterGcKb();
    return { rss: rssKb(server.pid), heap };
  };
  const first = await openBatch(ids.slice(0, 40));
  const second = await openBatch(ids.slice(40));
  inspector.close();
  const stateKb = Y.encodeStateAsUpdate(clients[0].doc).byteLength / 1024;
  const rows: BenchRow[] = [
    {
      metric: `server memory per open document, ${where} (${WORDS}-word story, RSS growth 40 -> 80 open)`,
      unit: 'kB',
      value: Math.round((second.rss - first.rss) / 40),
    },
    {
      metric: `server JavaScript heap per open document, ${where} (${WORDS}-word story, heap after a full GC, 40 -> 80 open)`,
      unit: 'kB',
      value: Math.round((second.heap - first.heap) / 40),
    },
    {
      metric: `the shared document's Yjs state (${WORDS}-word story)`,
      unit: 'kB',
      value: Math.round(stateKb),
    },
  ];
  return { rows, clients };
}

const rows: BenchRow[] = [];
const notes: Record<string, unknown> = { keystrokes: N, storyWords: WORDS };

// One instance (PGlite).
{
  const server = await startBenchServer(PORT, { env: inspected(PORT + 10) });
  const clients: CollabClient[] = [];
  try {
    const id = await newStory(server, WORDS);
    // Both send as the dashboard does: a window's typing in one message.
    const a = connectCollab({
      port: PORT,
      token: server.cookie.value,
      articleId: id,
      flushDelay: SEND_EVERY_MS,
    });
    const b = connectCollab({
      port: PORT,
      token: server.cookie.value,
      articleId: id,
      flushDelay: SEND_EVERY_MS,
    });
    clients.push(a, b);
    await Promise.all([a.synced, b.synced]);
    rows.push({
      metric: 'keystroke to the other person, same instance',
      unit: 'ms',
      ...percentiles(await measure(a, b)),
      target: { figure: 'p95', op: '<=', bound: 100 },
    });
    const memory = await memoryPerDocument(server, PORT, PORT + 10, 'PGlite in the process');
    clients.push(...memory.clients);
    rows.push(...memory.rows);
  } finally {
    for (const c of clients) c.destroy();
    await server.stop();
  }
}

// Two instances on one PostgreSQL.
if (!process.env.BENCH_SKIP_PG) {
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `barta_bench_collab_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const servers: BenchServer[] = [];
  const clients: CollabClient[] = [];
  try {
    // One after the other: the first applies the migrations.
    servers.push(
      await startBenchServer(PORT + 1, { env: { DATABASE_URL: url.toString(), ...inspected(PORT + 11) } }),
    );
    servers.push(await startBenchServer(PORT + 2, { env: { DATABASE_URL: url.toString() } }));
    const id = await newStory(servers[0], WORDS);
    const sends = { articleId: id, flushDelay: SEND_EVERY_MS };
    const a = connectCollab({ port: PORT + 1, token: servers[0].cookie.value, ...sends });
    const b = connectCollab({ port: PORT + 2, token: servers[1].cookie.value, ...sends });
    clients.push(a, b);
    await Promise.all([a.synced, b.synced]);
    rows.push({
      metric: 'keystroke to the other person, across two instances (PostgreSQL)',
      unit: 'ms',
      ...percentiles(await measure(a, b)),
      target: { figure: 'p95', op: '<=', bound: 250 },
    });
    const memory = await memoryPerDocument(servers[0], PORT + 1, PORT + 11, 'PostgreSQL');
    clients.push(...memory.clients);
    rows.push(...memory.rows.slice(0, 2));
  } finally {
    for (const c of clients) c.destroy();
    for (const s of servers) await s.stop();
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => {});
    await admin.end();
  }
}

report('collab-latency', rows, notes);
process.exit(0);
