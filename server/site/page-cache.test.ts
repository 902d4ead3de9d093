import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles } from '../db/schema';
import { buildApp } from '../http/app';
import { publishedStory, versionOf } from '../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../test/harness';
import { TAGS } from './cache-tags';
import { PageCache } from './page-cache';

const page = (body: string, tags: string[]) => ({
  status: 200,
  contentType: 'text/html',
  body: Buffer.from(body),
  etag: `"${body}"`,
  tags,
  cacheControl: 'public',
});

describe('PageCache', () => {
  it('keeps what is asked for most recently, within its byte budget', () => {
    const cache = new PageCache({ maxBytes: 8 * 1024, maxAgeMs: 60_000 });
    for (let i = 0; i < 10; i++) cache.set(`/p${i}`, page('x'.repeat(1000) + i, ['home']));
    const { bytes, entries } = cache.snapshot();
    expect(bytes).toBeLessThanOrEqual(8 * 1024);
    expect(entries).toBeLessThan(10);
    expect(cache.get('/p9')).not.toBeNull();
    expect(cache.get('/p0')).toBeNull();
  });

  it('drops exactly the pages carrying an invalidated tag', () => {
    const cache = new PageCache({ maxBytes: 1 << 20, maxAgeMs: 60_000 });
    cache.set('/a', page('a', ['site', 'story-a']));
    cache.set('/b', page('b', ['site', 'story-b', 'story-a']));
    cache.set('/c', page('c', ['site', 'story-c']));
    cache.invalidate(['story-a']);
    expect(cache.get('/a')).toBeNull();
    expect(cache.get('/b')).toBeNull();
    expect(cache.get('/c')?.body.toString()).toBe('c');
  });

  it('renders again after its maximum age even if nothing was announced', () => {
    let now = 0;
    const cache = new PageCache({ maxBytes: 1 << 20, maxAgeMs: 1000, now: () => now });
    cache.set('/a', page('a', ['site']));
    now = 999;
    expect(cache.get('/a')).not.toBeNull();
    now = 1001;
    expect(cache.get('/a')).toBeNull();
  });

  it('does not store a page rendered while a change was announced', () => {
    const cache = new PageCache({ maxBytes: 1 << 20, maxAgeMs: 60_000 });
    const started = cache.generation;
    cache.invalidate(['story-a']);
    cache.set('/a', page('old a', ['story-a']), started);
    expect(cache.get('/a')).toBeNull();
  });

  it('renders once for many concurrent requests of one address', async () => {
    const cache = new PageCache({ maxBytes: 1 << 20, maxAgeMs: 60_000 });
    let renders = 0;
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () =>
        cache.once('/a', async () => {
          renders++;
          await new Promise((r) => setTimeout(r, 20));
        }),
      ),
    );
    expect(renders).toBe(1);
    expect(outcomes.filter((o) => o === 'rendered')).toHaveLength(1);
  });
});

describe('the public site behind the page cache', () => {
  let h: TestHarness;
  let app: FastifyInstance;
  let editor: TestUser;
  let manager: TestUser;
  let purge: { server: http.Server; calls: string[] };

  beforeAll(async () => {
    const calls: string[] = [];
    const server = http.createServer((req, res) => {
      calls.push(decodeURIComponent(new URL(req.url ?? '/', 'http://x').searchParams.get('tags') ?? ''));
      res.writeHead(200).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    purge = { server, calls };
    const { port } = server.address() as AddressInfo;
    h = await createTestHarness({
      CDN_PURGE_URL: `http://127.0.0.1:${port}/purge?tags={tags}`,
      CDN_S_MAXAGE: '600',
    });
    app = await buildApp({ config: h.config, database: h.database, events: h.events });
    editor = await h.makeUser('editor');
    manager = await h.makeUser('manager');
  });
  afterAll(async () => {
    await app.close();
    await h.close();
    await new Promise((r) => purge.server.close(r));
  });

  async function published() {
    const story = await publishedStory(h, editor);
    await h.drainOutbox();
    return { id: story.id, url: `/article/${story.id}/${story.slug}` };
  }

  it('answers a repeat from memory without asking the database, and a 304 from the key', async () => {
    const story = await published();
    const first = await app.inject(story.url);
    expect(first.headers['x-cache']).toBe('MISS');
    expect(first.headers['cache-control']).toBe(
      'public, max-age=60, s-maxage=600, stale-while-revalidate=300',
    );
    expect(String(first.headers['surrogate-key']).split(' ')).toEqual(
      expect.arrayContaining([TAGS.site, TAGS.story(story.id)]),
    );
    expect(String(first.headers['cache-tag']).split(',')).toContain(TAGS.story(story.id));

    // Changed behind Barta's back, with no announcement: a hit cannot have read it.
    await h.db.update(articles).set({ headline: 'ডাটাবেসে বদলানো' }).where(eq(articles.id, story.id));
    const second = await app.inject(story.url);
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    const notModified = await app.inject({
      url: story.url,
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(notModified.statusCode).toBe(304);
  });

  it('a published update reaches readers at once, and the CDN is purged for its keys', async () => {
    const story = await published();
    await app.inject(story.url);
    const current = await h.caller(manager).articles.get({ id: story.id });
    await h.caller(manager).articles.save({
      id: story.id,
      baseVersion: current.version,
      mode: 'save',
      tabId: 'tab-page-cache-test',
      content: { ...current, headline: 'হালনাগাদ শিরোনাম', slug: current.slug, body: current.body },
    });
    // Saved, not published: the cached page stays right.
    expect((await app.inject(story.url)).headers['x-cache']).toBe('HIT');
    purge.calls.length = 0;
    await h.caller(manager).workflow.publishUpdate({ id: story.id, version: await versionOf(h, story.id) });
    await h.drainOutbox();
    const after = await app.inject(story.url);
    expect(after.headers['x-cache']).toBe('MISS');
    expect(after.body).toContain('হালনাগাদ শিরোনাম');
    expect(purge.calls).toHaveLength(1);
    expect(purge.calls[0].split(',')).toEqual(
      expect.arrayContaining([TAGS.story(story.id), TAGS.home, TAGS.feeds, TAGS.sitemaps]),
    );
  });

  it('the home page and feeds change when a story is published; a story linking to it changes too', async () => {
    const home = await app.inject('/');
    const rss = await app.inject('/rss.xml');
    expect((await app.inject('/')).headers['x-cache']).toBe('HIT');
    const story = await published();
    const homeAfter = await app.inject('/');
    expect(homeAfter.headers['x-cache']).toBe('MISS');
    expect(homeAfter.body).not.toBe(home.body);
    expect((await app.inject('/rss.xml')).body).not.toBe(rss.body);
    expect(homeAfter.body).toContain(story.id);
  });

  it('related-list edits and image caption edits drop the pages that show them', async () => {
    const story = await published();
    const other = await published();
    await app.inject(story.url);
    await h.caller(manager).related.add({ id: story.id, targetId: other.id });
    await h.drainOutbox();
    const withRelated = await app.inject(story.url);
    expect(withRelated.headers['x-cache']).toBe('MISS');
    expect(withRelated.body).toContain(other.id);

    const [row] = await h.db
      .select({ leadMediaId: articles.leadMediaId })
      .from(articles)
      .where(eq(articles.id, story.id));
    await h.caller(manager).media.update({ id: row.leadMediaId!, caption: 'নতুন ছবির ক্যাপশন' });
    await h.drainOutbox();
    const recaptioned = await app.inject(story.url);
    expect(recaptioned.headers['x-cache']).toBe('MISS');
    expect(recaptioned.body).toContain('নতুন ছবির ক্যাপশন');
  });

  it('one render for a wave of readers of a story just published', async () => {
    const story = await published();
    const wave = await Promise.all(Array.from({ length: 25 }, () => app.inject(story.url)));
    expect(wave.every((r) => r.statusCode === 200)).toBe(true);
    expect(wave.filter((r) => r.headers['x-cache'] === 'MISS')).toHaveLength(1);
  });

  it('a taken-down story is gone at once, and a 404 is never cached', async () => {
    const story = await published();
    expect((await app.inject(story.url)).statusCode).toBe(200);
    await h
      .caller(manager)
      .workflow.unpublish({ id: story.id, version: await versionOf(h, story.id), reason: 'ভুল' });
    await h.drainOutbox();
    expect((await app.inject(story.url)).statusCode).toBe(404);
    await h.db
      .update(articles)
      .set({ status: 'published', publishedAt: sql`now()` })
      .where(eq(articles.id, story.id));
    expect((await app.inject(story.url)).statusCode).toBe(200);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('two instances on one PostgreSQL', () => {
  it("a change committed through instance A's outbox drops instance B's cached page", async () => {
    const { EventBus } = await import('../events/bus');
    const { PgRelay } = await import('../events/pg-relay');
    const { silentLog } = await import('../test/harness');
    const h = await createTestHarness();
    const url = h.database.pool?.options.connectionString as string;
    const busB = new EventBus();
    const relays = [
      new PgRelay({ connectionString: url, pool: h.database.pool!, events: h.events, log: silentLog }),
      new PgRelay({ connectionString: url, pool: h.database.pool!, events: busB, log: silentLog }),
    ];
    await Promise.all(relays.map((r) => r.start()));
    const appB = await buildApp({ config: h.config, database: h.database, events: busB });
    try {
      const editor = await h.makeUser('editor');
      const before = await appB.inject('/');
      expect((await appB.inject('/')).headers['x-cache']).toBe('HIT');
      const story = await publishedStory(h, editor);
      await h.drainOutbox(); // instance A's processor: its cache event is relayed to B
      await expect
        .poll(async () => (await appB.inject('/')).body.includes(story.id), { timeout: 3000 })
        .toBe(true);
      expect(before.body).not.toContain(story.id);
    } finally {
      await appB.close();
      await Promise.all(relays.map((r) => r.stop()));
      await h.close();
    }
  });
});
