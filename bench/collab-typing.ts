// Typing latency with a collaborator: Chromium types 300 characters at the end of a
// 10,000-word story in a Tiptap editor bound to the story's shared document through
// /collab (Barta's body extensions + Collaboration + CollaborationCaret, the bench-only
// page bench/collab-page, built here and served by the bench server under /admin), and
// measures each keystroke to the painted frame (bench/lib/typing-probe.ts), frames
// unthrottled. Twice: alone, and while a Node Yjs client signed in to the same story
// types a character every ~100 ms into a paragraph mid-story and moves its caret there.
// Target: the p95 with the collaborator within 1.5x of the p95 alone.
//
//   node --import tsx bench/collab-typing.ts     (BENCH_WORDS=10000, BENCH_PORT=3231)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import * as Y from 'yjs';
import { connectCollab } from '../server/test/collab-client';
import { type BenchServer, bengaliBody, startBenchServer } from './editor-bench-server';
import { type BenchRow, percentiles, report } from './lib/report';
import { BASE_ARGS, typeAndMeasure, UNTHROTTLED } from './lib/typing-probe';

const WORDS = Number(process.env.BENCH_WORDS ?? 10_000);
const KEYS = Number(process.env.BENCH_KEYS ?? 300);
const PORT = Number(process.env.BENCH_PORT ?? 3231);
const COLLABORATOR_EVERY_MS = 100;
const TEXT = ' আজ ঢাকায় বৃষ্টি হয়েছে, নদীর পানি বাড়ছে।';
const ROOT = path.resolve(import.meta.dirname, '..');

/** A dashboard folder holding only the bench page (under /admin/bench-collab/): no dashboard build needed. */
async function buildBenchPage(): Promise<string> {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-collab-bench-'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>bench</title>');
  await build({
    configFile: false,
    root: path.join(ROOT, 'bench/collab-page'),
    base: '/admin/bench-collab/',
    logLevel: 'warn',
    build: { outDir: path.join(dist, 'bench-collab'), emptyOutDir: true },
  });
  return dist;
}

async function openPage(page: Page, server: BenchServer, storyId: string) {
  await page.context().addCookies([{ ...server.cookie, url: server.origin }]);
  await page.goto(`${server.origin}/admin/bench-collab/index.html?story=${storyId}`);
  await page.waitForSelector('body[data-ready="true"] .story-body', { timeout: 60_000 });
  await page.click('.story-body');
}

/** Starts a collaborator typing mid-story; the function it returns stops them and says how many keys they typed. */
function collaborator(server: BenchServer, storyId: string, typed: { keys: number }) {
  return async () => {
    const client = connectCollab({ port: PORT, token: server.cookie.value, articleId: storyId });
    await client.synced;
    client.provider.setAwarenessField('user', { name: 'সহকর্মী', color: '#b5451b' });
    const fragment = client.doc.getXmlFragment('body');
    const text = (fragment.get(Math.floor(fragment.length / 2)) as Y.XmlElement).get(0) as Y.XmlText;
    let at = 0;
    const timer = setInterval(() => {
      text.insert(at, 'ক');
      at += 1;
      typed.keys += 1;
      const cursor = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, at));
      client.provider.setAwarenessField('cursor', { anchor: cursor, head: cursor });
    }, COLLABORATOR_EVERY_MS);
    return async () => {
      clearInterval(timer);
      await client.settled();
      client.destroy();
    };
  };
}

const dist = await buildBenchPage();
const server = await startBenchServer(PORT, { env: { CLIENT_DIST: dist } });
const rows: BenchRow[] = [];
const notes: Record<string, unknown> = { words: WORDS, keys: KEYS, browser: 'Chromium (headless)' };
try {
  const { id } = await server.call<{ id: string }>('articles.create', {
    headline: 'সহলেখায় টাইপিং',
    kicker: '',
    summary: '',
    byline: '',
    sectionId: null,
    body: bengaliBody(WORDS),
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...BASE_ARGS, ...UNTHROTTLED],
  });
  const p95 = {} as Record<'alone' | 'together', number>;
  const typed = { keys: 0 };
  let remote: number[] = [];
  try {
    for (const run of [
      { key: 'alone' as const, name: 'alone' },
      { key: 'together' as const, name: `a collaborator typing every ${COLLABORATOR_EVERY_MS} ms` },
    ]) {
      const samples = await typeAndMeasure(browser, (page) => openPage(page, server, id), {
        keys: KEYS,
        text: TEXT,
        whileTyping: run.key === 'together' ? collaborator(server, id, typed) : undefined,
        collect: async (page) => {
          if (run.key === 'together') {
            remote = await page.evaluate(() => (window as unknown as { __remote: number[] }).__remote);
          }
        },
      });
      const figures = percentiles(samples);
      p95[run.key] = figures.p95;
      rows.push({
        metric: `key to paint, ${WORDS}-word shared story, ${run.name}, frames unthrottled`,
        unit: 'ms',
        ...figures,
      });
    }
  } finally {
    await browser.close();
  }
  // Why, when it misses: the main thread's time on each of the collaborator's keystrokes.
  rows.push({
    metric: "the page applying one of the collaborator's keystrokes",
    unit: 'ms',
    ...percentiles(remote),
  });
  rows.push({
    metric: 'p95 with a collaborator / p95 alone',
    unit: 'ratio',
    value: Math.round((p95.together / p95.alone) * 100) / 100,
    target: { figure: 'value', op: '<=', bound: 1.5 },
  });
  notes.collaboratorKeys = typed.keys;
  report('collab-typing', rows, notes);
} finally {
  await server.stop();
  fs.rmSync(dist, { recursive: true, force: true });
}
