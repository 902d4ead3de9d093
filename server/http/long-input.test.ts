import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLongInput, trpcLinks } from '../../client/lib/trpc-links';
import { SEARCH_MAX_LENGTH } from '../../shared/stories/schemas';
import { EventBus } from '../events/bus';
import { SESSION_COOKIE } from '../features/auth/sessions';
import { createTestHarness, type TestHarness } from '../test/harness';
import type { AppRouter } from '../trpc/router';
import { buildApp } from './app';

/** Long inputs work up to their limit: the dashboard's links send a long query by POST, never into a 431. */
describe('long query inputs over HTTP', () => {
  let h: TestHarness;
  let app: FastifyInstance;
  let url: string;
  let cookie: string;
  const longSearch = 'গ্রোক '.repeat(SEARCH_MAX_LENGTH / 6).padEnd(SEARCH_MAX_LENGTH, 'ক');

  beforeAll(async () => {
    h = await createTestHarness();
    app = await buildApp({ config: h.config, database: h.database, events: new EventBus() });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    url = `${address}/trpc`;
    const editor = await h.makeUser('editor');
    cookie = `${SESSION_COOKIE}=${editor.sessionToken}`;
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  it('decides by the encoded length of the input', () => {
    expect(isLongInput({ input: { q: 'ক'.repeat(100) } })).toBe(false);
    expect(isLongInput({ input: { q: 'ক'.repeat(300) } })).toBe(true);
    expect(isLongInput({ input: { q: 'a'.repeat(1900) } })).toBe(false);
    expect(isLongInput({ input: undefined })).toBe(false);
  });

  it('a 10,000-character Bengali search returns results, not a 431', async () => {
    expect(longSearch).toHaveLength(SEARCH_MAX_LENGTH);
    // As GET the same query cannot even reach tRPC: the URL exceeds Node's header limit.
    const getOnly = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url, headers: { cookie } })] });
    const refused = await getOnly.stories.list.query({ q: longSearch }).catch((error) => error);
    expect(refused).toBeInstanceOf(TRPCClientError);
    expect(refused.meta?.response?.status).toBe(431);

    const client = createTRPCClient<AppRouter>({ links: trpcLinks(url, { headers: () => ({ cookie }) }) });
    const page = await client.stories.list.query({ q: longSearch });
    expect(page.items).toEqual([]);
    // Short queries still batch as GET alongside it.
    const [again, sections] = await Promise.all([
      client.stories.list.query({ q: longSearch, limit: 5 }),
      client.sections.list.query(),
    ]);
    expect(again.items).toEqual([]);
    expect(Array.isArray(sections)).toBe(true);
  });

  it('one character more is "Search is too long", a 400 that says the limit', async () => {
    const client = createTRPCClient<AppRouter>({ links: trpcLinks(url, { headers: () => ({ cookie }) }) });
    const error = await client.stories.list.query({ q: `${longSearch}ক` }).catch((e) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect(error.data?.httpStatus).toBe(400);
    expect(error.message).toMatch(/^Search is too long: 10001 characters, the limit is 10000\./);
  });
});
