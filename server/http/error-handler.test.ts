import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerErrorHandler } from './error-handler';

function appWithRoutes() {
  const app = Fastify({ logger: false, bodyLimit: 100 });
  registerErrorHandler(app);
  app.get('/fails', async () => {
    throw new Error('Failed query: select password_hash from users where email = $1');
  });
  app.post('/echo', async (req) => req.body);
  return app;
}

describe('errors outside tRPC', () => {
  it('answer a failure with a generic 500 that shows no query, parameter or stack', async () => {
    const app = appWithRoutes();
    const res = await app.inject('/fails');
    expect(res.statusCode).toBe(500);
    expect(res.headers['cache-control']).toBe('no-store');
    // The request's id, so a reader can quote it and support can find the logged cause.
    expect(res.body).toMatch(
      /^Something went wrong on our side\. Please try again in a moment\. \(Reference: req-\d+\)$/,
    );
    expect(res.body).not.toMatch(/select|password|users|at /i);
    await app.close();
  });

  it('keep the message of a refusal Fastify makes itself (a body over the limit)', async () => {
    const app = appWithRoutes();
    const res = await app.inject({
      method: 'POST',
      url: '/echo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'ক'.repeat(200) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toMatch(/body/i);
    await app.close();
  });
});
