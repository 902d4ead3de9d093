import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/client';
import { buildApp } from '../http/app';
import { LocalDiskMediaStore, S3MediaStore, setMediaStore } from '../media-store';
import { createTestHarness, silentLog, type TestHarness } from '../test/harness';
import { Lifecycle } from './lifecycle';
import { shutDown } from './shutdown';

let h: TestHarness;
const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'barta-ready-'));
beforeAll(async () => {
  h = await createTestHarness();
  setMediaStore(h.config, new LocalDiskMediaStore(mediaDir));
});
afterAll(async () => {
  await h?.close();
  fs.rmSync(mediaDir, { recursive: true, force: true });
});

const readyz = async (app: FastifyInstance) => {
  const res = await app.inject('/readyz');
  return { status: res.statusCode, body: res.json(), headers: res.headers };
};

describe('/readyz', () => {
  let app: FastifyInstance;
  let lifecycle: Lifecycle;
  beforeAll(async () => {
    lifecycle = new Lifecycle();
    app = await buildApp({ config: h.config, database: h.database, events: h.events, lifecycle });
  });
  afterAll(() => app.close());

  it('is ready when the database, the media store and the migrations are', async () => {
    const res = await readyz(app);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ready',
      checks: { database: 'ok', store: 'ok', migrations: 'ok' },
    });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is not ready while the newest migration is missing from the database', async () => {
    const [last] = await queryRows<{ id: number; hash: string; created_at: string }>(
      h.db,
      sql`select id, hash, created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
    );
    await h.db.execute(sql`delete from drizzle.__drizzle_migrations where id = ${last.id}`);
    try {
      const res = await readyz(app);
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({
        status: 'unavailable',
        checks: { migrations: 'failed', database: 'ok' },
      });
    } finally {
      await h.db.execute(
        sql`insert into drizzle.__drizzle_migrations (id, hash, created_at) values (${last.id}, ${last.hash}, ${last.created_at})`,
      );
    }
    expect((await readyz(app)).status).toBe(200);
  });

  it('is not ready when the media store cannot be reached', async () => {
    const config = { ...h.config };
    // Nothing listens on port 9 of loopback: every S3 call is refused.
    setMediaStore(
      config,
      new S3MediaStore({
        bucket: 'barta-media',
        region: 'us-east-1',
        endpoint: 'http://127.0.0.1:9',
        forcePathStyle: true,
        prefix: '',
        credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
      }),
    );
    const broken = await buildApp({ config, database: h.database, events: h.events });
    try {
      const res = await readyz(broken);
      expect(res.status).toBe(503);
      expect(res.body.checks).toEqual({ database: 'ok', store: 'failed', migrations: 'ok' });
      // Liveness is about the process, not its dependencies.
      expect((await broken.inject('/healthz')).statusCode).toBe(200);
    } finally {
      await broken.close();
    }
  });

  it('fails as soon as draining starts, while liveness still passes', async () => {
    const draining = new Lifecycle();
    const other = await buildApp({
      config: h.config,
      database: h.database,
      events: h.events,
      lifecycle: draining,
    });
    draining.startDraining();
    const res = await readyz(other);
    expect(res.status).toBe(503);
    expect(res.body.status).toBe('draining');
    expect((await other.inject('/healthz')).statusCode).toBe(200);
    await other.close();
  });
});

describe('graceful shutdown', () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  async function serving() {
    const lifecycle = new Lifecycle();
    const app = await buildApp({ config: h.config, database: h.database, events: h.events, lifecycle });
    app.get('/test/slow', async () => {
      await sleep(800);
      return { done: true };
    });
    app.get('/test/hang', () => new Promise(() => {}));
    app.get('/test/stream', (_req, reply) => {
      reply.raw.writeHead(200, { 'content-type': 'text/event-stream' });
      reply.raw.write(': open\n\n');
      return reply;
    });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    return { app, lifecycle, base };
  }

  it('fails readiness, finishes in-flight requests, ends live streams, releases in order, exits 0', async () => {
    const { app, lifecycle, base } = await serving();
    const steps: string[] = [];
    const exits: number[] = [];
    const slow = fetch(`${base}/test/slow`).then(async (r) => ({ status: r.status, body: await r.json() }));
    const stream = await fetch(`${base}/test/stream`, { headers: { accept: 'text/event-stream' } });
    const streamEnded = stream.body!.pipeTo(new WritableStream()).then(
      () => 'ended',
      () => 'ended',
    );
    await sleep(50);
    expect(lifecycle.openStreams).toBe(1);
    const started = Date.now();
    const done = shutDown(
      {
        app,
        lifecycle,
        log: silentLog,
        drainDelayMs: 300,
        timeoutMs: 5000,
        release: [
          ['background', async () => steps.push('background')],
          ['database', async () => steps.push('database')],
        ],
        exit: (code) => exits.push(code),
      },
      'SIGTERM',
    );
    // During the drain delay the listener still accepts, and says it is not ready.
    const during = await fetch(`${base}/readyz`);
    expect(during.status).toBe(503);
    expect((await during.json()).status).toBe('draining');
    await done;
    expect(await slow).toEqual({ status: 200, body: { done: true } });
    expect(await streamEnded).toBe('ended');
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(steps).toEqual(['background', 'database']);
    expect(exits).toEqual([0]);
    // No longer accepting connections.
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });

  it('exits 1 within the timeout when a request never finishes', async () => {
    const { app, lifecycle, base } = await serving();
    const exits: number[] = [];
    const released: string[] = [];
    void fetch(`${base}/test/hang`).catch(() => {});
    await sleep(50);
    const started = Date.now();
    void shutDown(
      {
        app,
        lifecycle,
        log: silentLog,
        drainDelayMs: 0,
        timeoutMs: 400,
        release: [['database', async () => released.push('database')]],
        exit: (code) => exits.push(code),
      },
      'SIGTERM',
    );
    while (exits.length === 0 && Date.now() - started < 5000) await sleep(20);
    expect(exits).toEqual([1]);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(released).toEqual([]);
    app.server.closeAllConnections();
  });
});
