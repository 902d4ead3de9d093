import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../events/bus';
import { createTestHarness, TEST_PASSWORD, type TestHarness } from '../test/harness';
import { buildApp } from './app';

describe('HTTP layer', () => {
  let h: TestHarness;
  let app: FastifyInstance;
  beforeAll(async () => {
    h = await createTestHarness();
    app = await buildApp({ config: h.config, database: h.database, events: new EventBus() });
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  it('answers /healthz with the database kind', async () => {
    const res = await app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      database: h.database.kind,
      version: expect.any(String),
    });
  });

  it('sends security headers: CSP without inline script, nosniff, referrer policy, no framing', async () => {
    const res = await app.inject('/healthz');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('signs in over HTTP with an HttpOnly SameSite=Lax cookie and uses it', async () => {
    const editor = await h.makeUser('editor');
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:80' },
      payload: { email: editor.email, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/barta_session=[\w-]+/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const token = /barta_session=([\w-]+)/.exec(cookie)![1];
    const me = await app.inject({ url: '/trpc/auth.session', cookies: { barta_session: token } });
    expect(me.json().result.data.user.id).toBe(editor.id);
  });

  it('treats a tampered session cookie as signed out', async () => {
    const res = await app.inject({
      url: '/trpc/users.directory',
      cookies: { barta_session: 'forged-token' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toMatch(/Sign in/);
  });

  it('refuses a state-changing request from another site', async () => {
    const crossOrigin = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signOut',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      payload: {},
    });
    expect(crossOrigin.statusCode).toBe(403);
    const crossSite = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signOut',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      payload: {},
    });
    expect(crossSite.statusCode).toBe(403);
  });

  it('bounds JSON nesting and body size with clear errors', async () => {
    const deep = `${'['.repeat(200)}${']'.repeat(200)}`;
    const nested = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      headers: { 'content-type': 'application/json' },
      payload: deep,
    });
    expect(nested.statusCode).toBe(400);
    expect(nested.json().error.message).toMatch(/nested too deeply/);
    const huge = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(6 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
  });

  it('gives input errors as a user message with fields, never a stack', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/auth.signIn',
      headers: { 'content-type': 'application/json' },
      payload: { email: 'nope', password: 'x' },
    });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.message).toMatch(/valid email/);
    expect(error.data.fields).toEqual([{ path: 'email', message: expect.stringMatching(/valid email/) }]);
    expect(JSON.stringify(error)).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('health when the database is gone', () => {
  it('answers 503', async () => {
    const h = await createTestHarness();
    const app = await buildApp({ config: h.config, database: h.database, events: new EventBus() });
    await h.database.close();
    const res = await app.inject('/healthz');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'unavailable' });
    await app.close();
  });
});
