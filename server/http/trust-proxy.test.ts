import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config';
import { EventBus } from '../events/bus';
import { createTestHarness, type TestHarness } from '../test/harness';
import { buildApp } from './app';
import { LIMITS } from './rate-limits';

// Behind a CDN and a load balancer every request comes from the balancer's address:
// TRUST_PROXY decides whose X-Forwarded-For names the client for rate limits and logs.
let h: TestHarness;
const apps: FastifyInstance[] = [];
beforeAll(async () => {
  h = await createTestHarness();
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await h.close();
});

async function appTrusting(trustProxy: ReturnType<typeof readConfig>['trustProxy']) {
  const app = await buildApp({
    config: { ...h.config, trustProxy },
    database: h.database,
    events: new EventBus(),
  });
  app.get('/test/client-address', async (req) => ({ ip: req.ip, protocol: req.protocol }));
  apps.push(app);
  return app;
}

const clientOf = async (app: FastifyInstance, remoteAddress: string, forwardedFor?: string) =>
  (
    await app.inject({
      url: '/test/client-address',
      remoteAddress,
      headers: forwardedFor ? { 'x-forwarded-for': forwardedFor, 'x-forwarded-proto': 'https' } : {},
    })
  ).json() as { ip: string; protocol: string };

describe('TRUST_PROXY', () => {
  it('is read as false, true, a hop count or a list of addresses and ranges, with a clear error', () => {
    expect(readConfig({}).trustProxy).toBe(false);
    expect(readConfig({ PUBLIC_ORIGIN: 'https://news.example.com' }).trustProxy).toEqual([
      'loopback',
      'linklocal',
      'uniquelocal',
    ]);
    expect(readConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(readConfig({ TRUST_PROXY: 'false', PUBLIC_ORIGIN: 'https://news.example.com' }).trustProxy).toBe(
      false,
    );
    expect(readConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(readConfig({ TRUST_PROXY: '10.0.0.0/8, 2001:db8::/32,loopback,192.0.2.4' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '2001:db8::/32',
      'loopback',
      '192.0.2.4',
    ]);
    expect(() => readConfig({ TRUST_PROXY: 'cloudflare' })).toThrow(
      /^Configuration error: TRUST_PROXY must be true, false, a number of proxy hops, or addresses and CIDR ranges .*\("cloudflare" is none of these\)/,
    );
    expect(() => readConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY must be/);
  });

  it('off: the socket address is the client, whatever the request claims', async () => {
    const app = await appTrusting(false);
    expect(await clientOf(app, '203.0.113.5', '198.51.100.9')).toEqual({
      ip: '203.0.113.5',
      protocol: 'http',
    });
  });

  it('a hop count takes the client that many proxies back', async () => {
    const one = await appTrusting(1);
    const two = await appTrusting(2);
    const chain = '198.51.100.9, 203.0.113.50';
    expect((await clientOf(one, '10.0.0.2', chain)).ip).toBe('203.0.113.50');
    expect(await clientOf(two, '10.0.0.2', chain)).toEqual({ ip: '198.51.100.9', protocol: 'https' });
  });

  it('a list trusts only those proxies: a client elsewhere cannot pass itself off as another', async () => {
    const app = await appTrusting(['10.0.0.0/8']);
    expect((await clientOf(app, '10.1.2.3', '198.51.100.9')).ip).toBe('198.51.100.9');
    expect((await clientOf(app, '203.0.113.5', '198.51.100.9')).ip).toBe('203.0.113.5');
  });

  it('rate limits count each client behind the balancer separately', async () => {
    const app = await appTrusting(['10.0.0.0/8']);
    let n = 0;
    const signIn = (client: string) =>
      app.inject({
        method: 'POST',
        url: '/trpc/auth.signIn',
        remoteAddress: '10.0.0.2',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        payload: JSON.stringify({ email: `proxy-${n++}@barta.test`, password: 'wrong password' }),
      });
    for (let i = 0; i < LIMITS.signIn.max; i++) expect((await signIn('198.51.100.20')).statusCode).toBe(401);
    expect((await signIn('198.51.100.20')).statusCode).toBe(429);
    // Another reader behind the same balancer is not locked out with the first.
    expect((await signIn('198.51.100.21')).statusCode).toBe(401);
  }, 120_000);
});
