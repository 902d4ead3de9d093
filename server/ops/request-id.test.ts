import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../http/app';
import { createTestHarness, type TestHarness } from '../test/harness';

let h: TestHarness;
let app: Awaited<ReturnType<typeof buildApp>>;
beforeAll(async () => {
  h = await createTestHarness();
  app = await buildApp({ config: h.config, database: h.database, events: h.events });
});
afterAll(async () => {
  await app?.close();
  await h?.close();
});

describe('request ids', () => {
  it('gives every response an id, and keeps a plain one set by the load balancer', async () => {
    const a = await app.inject('/healthz');
    const b = await app.inject('/healthz');
    expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
    const kept = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'lb-7f3a9c21e4' } });
    expect(kept.headers['x-request-id']).toBe('lb-7f3a9c21e4');
    const replaced = await app.inject({
      url: '/healthz',
      headers: { 'x-request-id': 'bad id\twith "quotes"' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('puts the id in a tRPC error, where the dashboard shows it', async () => {
    const res = await app.inject('/trpc/media.limits');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.data.requestId).toBe(res.headers['x-request-id']);
  });
});
