import type { FastifyInstance } from 'fastify';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../events/bus';
import { buildApp } from '../http/app';
import { insertMedia, insertSection, insertStory } from '../test/factories';
import { createTestHarness, type TestHarness } from '../test/harness';

const xml = (body: string) => new new Window().DOMParser().parseFromString(body, 'application/xml');
const UNESCAPED_AMP = /&(?!(amp|lt|gt|quot|apos|#\d+);)/;
/** `2025-07`: the month a moment falls in, in the newsroom's time (Dhaka). */
const dhakaMonth = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Dhaka', year: 'numeric', month: '2-digit' }).format(at);

describe('home, section pages, feeds, sitemaps and the public API', () => {
  let h: TestHarness;
  let app: FastifyInstance;
  let stories: Awaited<ReturnType<typeof insertStory>>[];
  let section: Awaited<ReturnType<typeof insertSection>>;
  let old: Awaited<ReturnType<typeof insertStory>>;

  beforeAll(async () => {
    // Rendering, not caching, is under test here (page-cache.test.ts covers the cache).
    h = await createTestHarness({ PAGE_CACHE_MB: '0' });
    app = await buildApp({ config: h.config, database: h.database, events: new EventBus() });
    section = await insertSection(h.db, { nameBn: 'অর্থনীতি' });
    const image = await insertMedia(h.db, { caption: 'ক্যাপশন' });
    const base = Date.now() - 3600_000;
    stories = [];
    // 24 stories, two of them sharing one publication time (the keyset must not skip either).
    for (let i = 0; i < 24; i++) {
      stories.push(
        await insertStory(h.db, {
          headline: `খবর ${i} & <“উদ্ধৃতি”>`,
          summary: `সারাংশ ${i}`,
          sectionId: i % 2 === 0 ? section.id : null,
          leadMediaId: i === 23 ? image.id : null,
          publishedAt: new Date(base + (i === 22 ? 21 : i) * 60_000),
        }),
      );
    }
    old = await insertStory(h.db, { headline: 'পুরনো খবর', publishedAt: new Date('2025-07-23T07:48:00Z') });
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  const newestFirst = () => [...stories].reverse();

  it('home: the lead story large, then a list, 20 a page, newest first, with a next-page link', async () => {
    const first = await app.inject('/');
    expect(first.statusCode).toBe(200);
    const lead = /<article class="lead-story">.*?<\/article>/s.exec(first.body)![0];
    expect(lead).toContain(stories[23].id);
    expect(lead).toMatch(/<img [^>]*srcset=/);
    const ids = [...first.body.matchAll(/<li class="card"><div><a href="\/article\/([0-9a-f-]{36})\//g)].map(
      (m) => m[1],
    );
    expect(ids).toHaveLength(19);
    const next = /<a rel="next" href="\/\?before=([\w-]+)">/.exec(first.body)![1];
    const second = await app.inject(`/?before=${next}`);
    const more = [
      ...second.body.matchAll(/<li class="card"><div><a href="\/article\/([0-9a-f-]{36})\//g),
    ].map((m) => m[1]);
    const all = [stories[23].id, ...ids, ...more];
    // Ties on published_at are ordered by id, so compare as sets in time buckets.
    expect(new Set(all)).toEqual(new Set([...newestFirst().map((s) => s.id), old.id]));
    expect(all).toHaveLength(25);
    expect(all[all.length - 1]).toBe(old.id);
    const stale = await app.inject('/?before=garbage');
    expect(stale.statusCode).toBe(400);
    expect(stale.body).toContain('This page link is no longer valid');
  });

  it('section page lists only its stories and 404s for an unknown section', async () => {
    const res = await app.inject(`/section/${section.slug}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1 class="list-heading">অর্থনীতি</h1>');
    expect(res.body).toContain(`aria-current="page">অর্থনীতি</a>`);
    for (const [i, s] of stories.entries()) {
      expect(res.body.includes(s.id), `story ${i}`).toBe(i % 2 === 0);
    }
    expect((await app.inject('/section/no-such-section')).statusCode).toBe(404);
  });

  it('RSS 2.0: the latest 50, escaped, with RFC 822 dates', async () => {
    const res = await app.inject('/rss.xml');
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(res.headers.etag).toBeTruthy();
    expect(res.body).not.toMatch(UNESCAPED_AMP);
    const doc = xml(res.body);
    expect(doc.querySelector('parsererror')).toBeNull();
    const items = [...doc.querySelectorAll('item')];
    expect(items).toHaveLength(25);
    expect(items[0].querySelector('title')!.textContent).toBe('খবর 23 & <“উদ্ধৃতি”>');
    const oldItem = items.find((i) => i.querySelector('guid')!.textContent === old.id)!;
    expect(oldItem.querySelector('pubDate')!.textContent).toBe('Wed, 23 Jul 2025 07:48:00 +0000');
    for (const item of items) {
      expect(item.querySelector('pubDate')!.textContent).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0000$/,
      );
    }
  });

  it('sitemap: an index of the pages sitemap and one per Dhaka month, every story in one with lastmod', async () => {
    const index = await app.inject('/sitemap.xml');
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const listed = [...xml(index.body).querySelectorAll('sitemap > loc')].map(
      (loc) => new URL(loc.textContent ?? '').pathname,
    );
    const months = [...new Set([...stories, old].map((s) => dhakaMonth(s.publishedAt!)))].sort().reverse();
    expect(listed).toEqual(['/sitemaps/pages.xml', ...months.map((m) => `/sitemaps/stories-${m}.xml`)]);

    const pages = await app.inject('/sitemaps/pages.xml');
    expect([...xml(pages.body).querySelectorAll('url')]).toHaveLength(2); // home, one section
    let listedStories = 0;
    for (const month of months) {
      const map = await app.inject(`/sitemaps/stories-${month}.xml`);
      expect(map.statusCode).toBe(200);
      expect(map.body).not.toMatch(UNESCAPED_AMP);
      listedStories += xml(map.body).querySelectorAll('url').length;
      for (const s of [...stories, old].filter((story) => dhakaMonth(story.publishedAt!) === month))
        expect(map.body).toContain(`/article/${s.id}/${s.slug}</loc>`);
    }
    expect(listedStories).toBe(25);
    expect((await app.inject('/sitemaps/stories-2025-07.xml')).body).toContain(
      '<lastmod>2025-07-23T07:48:00.000Z</lastmod>',
    );
    expect((await app.inject('/sitemaps/stories-2025-13.xml')).statusCode).toBe(404);
    expect((await app.inject('/sitemaps/stories-1999-01.xml')).body).not.toContain('<url>');

    const news = await app.inject('/news-sitemap.xml');
    expect(news.body).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(news.body).toContain(
      '<news:publication><news:name>বার্তা</news:name><news:language>bn</news:language></news:publication>',
    );
    expect(news.body).toContain(stories[0].id);
    expect(news.body).not.toContain(old.id);
    expect(news.body).toContain('<news:title>খবর 0 &amp; &lt;“উদ্ধৃতি”&gt;</news:title>');
  });

  it('JSON API: keyset pages that never skip or repeat, and a story by id', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await app.inject(`/api/public/articles?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe(
        'public, max-age=60, s-maxage=60, stale-while-revalidate=300',
      );
      const page = res.json() as { items: { id: string; publishedAt: string }[]; nextCursor: string | null };
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);

    const one = await app.inject(`/api/public/articles/${stories[23].id}`);
    expect(one.json()).toMatchObject({
      id: stories[23].id,
      headline: 'খবর 23 & <“উদ্ধৃতি”>',
      image: { caption: 'ক্যাপশন', width: 1280, height: 720 },
      related: [],
    });
    expect(one.json().bodyHtml).toMatch(/^<p>/);

    expect((await app.inject('/api/public/articles?cursor=bad!')).statusCode).toBe(400);
    expect((await app.inject('/api/public/articles?limit=500')).statusCode).toBe(400);
    expect((await app.inject('/api/public/articles?section=nope')).statusCode).toBe(404);
    const bySection = await app.inject(`/api/public/articles?section=${section.slug}&limit=50`);
    expect(bySection.json().items).toHaveLength(12);
  });

  it('robots.txt points at both sitemaps and keeps crawlers out of the dashboard and previews', async () => {
    const res = await app.inject('/robots.txt');
    expect(res.body).toContain('Disallow: /preview/');
    expect(res.body).toMatch(/Sitemap: http:\/\/localhost(:80)?\/news-sitemap\.xml/);
  });
});

describe('story sitemaps by month', () => {
  it('files a story by its month in Dhaka: 00:30 on 1 August there is still 31 July in UTC', async () => {
    const h = await createTestHarness({ PAGE_CACHE_MB: '0' });
    const app = await buildApp({ config: h.config, database: h.database, events: new EventBus() });
    try {
      const story = await insertStory(h.db, {
        headline: 'মাসের প্রথম খবর',
        publishedAt: new Date('2025-07-31T18:30:00Z'),
      });
      expect((await app.inject('/sitemaps/stories-2025-08.xml')).body).toContain(story.id);
      expect((await app.inject('/sitemaps/stories-2025-07.xml')).body).not.toContain(story.id);
      expect((await app.inject('/sitemap.xml')).body).toContain('/sitemaps/stories-2025-08.xml</loc>');
    } finally {
      await app.close();
      await h.close();
    }
  });
});
