import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../db/schema';
import { buildApp } from '../http/app';
import { LocalDiskMediaStore, setMediaStore } from '../media-store';
import { createTestHarness, type TestHarness } from '../test/harness';
import { BartaMetrics } from './metrics';
import { startMetricsServer } from './metrics-server';

const TOKEN = 'metrics-token-for-the-test';
let h: TestHarness;
let app: FastifyInstance;
let metrics: BartaMetrics;
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-metrics-'));

beforeAll(async () => {
  h = await createTestHarness();
  h.config.metrics = { token: TOKEN };
  setMediaStore(h.config, new LocalDiskMediaStore(mediaDir));
  metrics = new BartaMetrics();
  app = await buildApp({ config: h.config, database: h.database, events: h.events, metrics });
});
afterAll(async () => {
  await app?.close();
  await h?.close();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

async function scrape(target = app): Promise<string> {
  const res = await target.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.body;
}

/** The value of one sample line, `name{labels} value`, or 0 when the series does not exist yet. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`)))
      return Number(line.split(' ').pop());
  }
  return 0;
}

describe('/metrics', () => {
  it('refuses a scrape without the token', async () => {
    expect((await app.inject('/metrics')).statusCode).toBe(401);
    const wrong = await app.inject({
      url: '/metrics',
      headers: { authorization: 'Bearer not-the-token-at-all' },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('counts HTTP requests by route, tRPC calls and errors by procedure, after known traffic', async () => {
    const before = await scrape();
    const healthz = { method: 'GET', route: '/healthz', status_code: '200' };
    const articlePage = { method: 'GET', route: '/article/:id/:slug', status_code: '404' };
    for (let i = 0; i < 3; i++) await app.inject('/healthz');
    await app.inject('/article/00000000-0000-0000-0000-000000000000/nothing');
    await app.inject('/trpc/auth.session');
    await app.inject('/trpc/auth.session');
    // Signed out: an authed procedure fails with UNAUTHORIZED.
    await app.inject('/trpc/media.limits');
    const after = await scrape();

    const count = (text: string, labels: Record<string, string>) =>
      sample(text, 'barta_http_request_duration_seconds_count', labels);
    expect(count(after, healthz) - count(before, healthz)).toBe(3);
    // The route's pattern, not the URL: one series whatever the id.
    expect(count(after, articlePage) - count(before, articlePage)).toBe(1);
    expect(after).not.toContain('00000000-0000-0000-0000-000000000000');

    const calls = (text: string, procedure: string) =>
      sample(text, 'barta_trpc_procedure_duration_seconds_count', { procedure });
    expect(calls(after, 'auth.session') - calls(before, 'auth.session')).toBe(2);
    expect(calls(after, 'media.limits') - calls(before, 'media.limits')).toBe(1);
    const errors = (text: string) =>
      sample(text, 'barta_trpc_procedure_errors_total', { procedure: 'media.limits', code: 'UNAUTHORIZED' });
    expect(errors(after) - errors(before)).toBe(1);
    expect(sample(after, 'barta_trpc_procedure_errors_total', { procedure: 'auth.session' })).toBe(0);
  });

  it('reports the outbox backlog and its age, the scheduler, the media queue and the page cache', async () => {
    await h.db.insert(outbox).values({
      kind: 'event',
      payload: { type: 'schedule.changed' },
      createdAt: new Date(Date.now() - 90_000),
    });
    const lookups = (text: string, result: string) =>
      sample(text, 'barta_page_cache_lookups_total', { result });
    const before = await scrape();
    metrics.recordCacheLookup(true);
    metrics.recordCacheLookup(true);
    metrics.recordCacheLookup(true);
    metrics.recordCacheLookup(false);
    const text = await scrape();
    expect(lookups(text, 'hit') - lookups(before, 'hit')).toBe(3);
    expect(lookups(text, 'miss') - lookups(before, 'miss')).toBe(1);
    expect(sample(text, 'barta_outbox_backlog')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'barta_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(89);
    const hits = lookups(text, 'hit');
    expect(sample(text, 'barta_page_cache_hit_ratio')).toBeCloseTo(hits / (hits + lookups(text, 'miss')));
    expect(sample(text, 'barta_metrics_database_up')).toBe(1);
    for (const name of [
      'barta_scheduler_overdue_stories',
      'barta_scheduler_lateness_seconds',
      'barta_scheduler_recent_max_lateness_seconds',
      'barta_media_processing_queue',
      'barta_process_resident_memory_bytes',
    ]) {
      expect(text).toMatch(new RegExp(`^${name} \\d`, 'm'));
    }
    if (h.database.pool) expect(sample(text, 'barta_db_pool_connections')).toBeGreaterThanOrEqual(1);
  });

  it('can be served on a port of its own instead', async () => {
    const server = await startMetricsServer(
      {
        config: { ...h.config, metrics: { port: 1 } },
        database: h.database,
        lifecycle: undefined as never,
        metrics,
      },
      0,
    );
    try {
      const res = await server.inject('/metrics');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('barta_http_request_duration_seconds');
    } finally {
      await server.close();
    }
  });
});
