import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles } from '../db/schema';
import { EventBus } from '../events/bus';
import { buildApp } from '../http/app';
import {
  insertMedia,
  insertRelated,
  insertSection,
  insertStory,
  paragraphs,
  readMore,
} from '../test/factories';
import { createTestHarness, type TestHarness } from '../test/harness';

const PUBLISHED = new Date('2025-07-23T07:48:00Z');

describe('article page', () => {
  let h: TestHarness;
  let app: FastifyInstance;
  let story: Awaited<ReturnType<typeof insertStory>>;
  let japan: Awaited<ReturnType<typeof insertStory>>;
  let draft: Awaited<ReturnType<typeof insertStory>>;
  let sectionSlug: string;

  beforeAll(async () => {
    // Rendering, not caching, is under test here (page-cache.test.ts covers the cache).
    h = await createTestHarness({
      PAGE_CACHE_MB: '0',
      SITE_EDITOR: 'নমুনা সম্পাদক',
      SITE_PUBLISHER: 'নমুনা প্রকাশক',
    });
    app = await buildApp({ config: h.config, database: h.database, events: new EventBus() });
    const section = await insertSection(h.db, { slug: 'usa', nameBn: 'যুক্তরাষ্ট্র' });
    sectionSlug = section.slug;
    const lead = await insertMedia(h.db, { caption: 'ইলন মাস্ক।', credit: 'সংগৃহীত' });
    const thumb = await insertMedia(h.db);
    japan = await insertStory(h.db, { headline: 'জাপানের সঙ্গে ‘বিশাল’ বাণিজ্য চুক্তির ঘোষণা ট্রাম্পের' });
    draft = await insertStory(h.db, { status: 'draft', headline: 'খসড়া খবর' });
    const related = await insertStory(h.db, {
      kicker: 'মাইলস্টোনে বিমান বিধ্বস্ত',
      headline: 'জাতীয় বার্ন ইনস্টিটিউটে ৮ জনের অবস্থা আশঙ্কাজনক, গুরুতর ১৩',
      leadMediaId: thumb.id,
    });
    const body = paragraphs('প্রথম অনুচ্ছেদ', 'দ্বিতীয় অনুচ্ছেদ');
    body.content!.splice(1, 0, readMore(japan.id), readMore(draft.id));
    body.content!.push({
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'খসড়ার লিংক',
          marks: [{ type: 'link', attrs: { href: `/article/${draft.id}/x` } }],
        },
      ],
    });
    story = await insertStory(h.db, {
      headline: '‘গ্রোক’ চালাতে ১২ বিলিয়ন ডলার ঋণ নিচ্ছেন ইলন মাস্ক',
      byline: 'কাগজ ডেস্ক',
      summary: 'এক্স-এআই-এর ‘গ্রোক’ চ্যাটবটকে এগিয়ে নিতে ঋণ & <পরিকল্পনা>',
      sectionId: section.id,
      leadMediaId: lead.id,
      publishedAt: PUBLISHED,
      slug: 'grok-loan',
      body,
    });
    await insertRelated(h.db, story.id, [related.id, draft.id]);
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  const url = () => `/article/${story.id}/grok-loan`;

  it('shows every element of the paper page, in order', async () => {
    const res = await app.inject(url());
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    const page = res.body;
    expect(page).toMatch(/^<!doctype html>\n<html lang="bn">/);
    const order = [
      `<p class="section-label"><a href="/section/${sectionSlug}">যুক্তরাষ্ট্র</a></p>`,
      '<h1>‘গ্রোক’ চালাতে ১২ বিলিয়ন ডলার ঋণ নিচ্ছেন ইলন মাস্ক</h1>',
      '<p class="byline">কাগজ ডেস্ক</p>',
      '<time datetime="2025-07-23T07:48:00.000Z">প্রকাশ: ২৩ জুলাই ২০২৫, ০১:৪৮ পিএম</time>',
      '<figure class="lead-image"><img',
      '<figcaption>ইলন মাস্ক। <span class="credit">ছবি : সংগৃহীত</span></figcaption>',
      '<p>প্রথম অনুচ্ছেদ</p>',
      `<p class="read-more"><strong>আরো পড়ুন : </strong><a href="/article/${japan.id}/${japan.slug}">জাপানের সঙ্গে ‘বিশাল’ বাণিজ্য চুক্তির ঘোষণা ট্রাম্পের</a></p>`,
      '<p>দ্বিতীয় অনুচ্ছেদ</p>',
      '<aside class="related"',
      'মাইলস্টোনে বিমান বিধ্বস্ত জাতীয় বার্ন ইনস্টিটিউটে ৮ জনের অবস্থা আশঙ্কাজনক, গুরুতর ১৩',
      '<a href="/">সব খবর</a>',
      '<p>সম্পাদক : নমুনা সম্পাদক</p>',
      '<p>প্রকাশক : নমুনা প্রকাশক</p>',
    ];
    let at = -1;
    for (const piece of order) {
      const found = page.indexOf(piece, at + 1);
      expect(found, `missing or out of order: ${piece}`).toBeGreaterThan(at);
      at = found;
    }
    // The lead image: responsive, sized, eager (above the fold), alt falls back to the headline.
    const img = /<figure class="lead-image">(<img[^>]*>)/.exec(page)![1];
    expect(img).toMatch(/srcset="\/media\/[^"]+ 640w, \/media\/[^"]+ 1280w"/);
    expect(img).toMatch(/width="1280" height="720"/);
    expect(img).toContain('alt="‘গ্রোক’ চালাতে ১২ বিলিয়ন ডলার ঋণ নিচ্ছেন ইলন মাস্ক"');
    expect(img).not.toContain('loading="lazy"');
    // The related thumbnail is the square crop, lazy, with the title as alt.
    expect(page).toMatch(
      /<img src="\/media\/[^"]+-sq\.webp" width="320" height="320" alt="জাতীয় বার্ন[^"]*" loading="lazy"/,
    );
  });

  it('never links to a story that is not published', async () => {
    const page = (await app.inject(url())).body;
    expect(page).not.toContain(draft.id);
    expect(page).not.toContain('খসড়া খবর');
    // The inline link to the draft is kept as plain text.
    expect(page).toContain('<p>খসড়ার লিংক</p>');
  });

  it('has title, description, canonical, OpenGraph, Twitter and NewsArticle JSON-LD, and no other script', async () => {
    const page = (await app.inject(url())).body;
    expect(page).toContain('<title>‘গ্রোক’ চালাতে ১২ বিলিয়ন ডলার ঋণ নিচ্ছেন ইলন মাস্ক | বার্তা</title>');
    expect(page).toContain(
      '<meta name="description" content="এক্স-এআই-এর ‘গ্রোক’ চ্যাটবটকে এগিয়ে নিতে ঋণ &amp; &lt;পরিকল্পনা&gt;">',
    );
    expect(page).toMatch(
      new RegExp(`<link rel="canonical" href="http://localhost(:80)?/article/${story.id}/grok-loan">`),
    );
    expect(page).toMatch(
      /<meta property="og:image" content="http:\/\/localhost(:80)?\/media\/[^"]+-1280\.webp">/,
    );
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual(['<script type="application/ld+json">']);
    const json = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]);
    expect(json).toMatchObject({
      '@type': 'NewsArticle',
      headline: '‘গ্রোক’ চালাতে ১২ বিলিয়ন ডলার ঋণ নিচ্ছেন ইলন মাস্ক',
      datePublished: '2025-07-23T07:48:00.000Z',
      dateModified: '2025-07-23T07:48:00.000Z',
      inLanguage: 'bn',
      articleSection: 'যুক্তরাষ্ট্র',
      publisher: { '@type': 'Organization', name: 'বার্তা' },
    });
    expect(json.description).toContain('&'); // JSON carries the raw text; the markup escapes `<` as \u003c
    expect(page).not.toMatch(/<script type="application\/ld\+json">[^<]*<পরিকল্পনা>/);
  });

  it('answers 301 to the canonical address for a wrong, missing or upper-case slug', async () => {
    for (const path of [
      `/article/${story.id}`,
      `/article/${story.id}/old-slug`,
      `/article/${story.id.toUpperCase()}/grok-loan`,
    ]) {
      const res = await app.inject(path);
      expect(res.statusCode, path).toBe(301);
      expect(res.headers.location).toBe(`/article/${story.id}/grok-loan`);
    }
    expect((await app.inject('/article/not-a-uuid/x')).statusCode).toBe(404);
  });

  it('sends ETag and Cache-Control, 304 for a match, and a new ETag when the story changes', async () => {
    const first = await app.inject(url());
    expect(first.headers['cache-control']).toBe(
      'public, max-age=60, s-maxage=60, stale-while-revalidate=300',
    );
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await app.inject({ url: url(), headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');

    await h.db.update(articles).set({ headline: 'নতুন শিরোনাম' }).where(eq(articles.id, story.id));
    const changed = await app.inject({ url: url(), headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body).toContain('<h1>নতুন শিরোনাম</h1>');

    await h.db.update(articles).set({ status: 'unpublished' }).where(eq(articles.id, story.id));
    const gone = await app.inject({ url: url(), headers: { 'if-none-match': etag } });
    expect(gone.statusCode).toBe(404);
    expect(gone.headers.etag).toBeUndefined();
    await h.db
      .update(articles)
      .set({ status: 'published', headline: '‘গ্রোক’ চালাতে ১২ বিলিয়ন ডলার ঋণ নিচ্ছেন ইলন মাস্ক' })
      .where(eq(articles.id, story.id));
  });

  it('adds an update line when the story changed after publication', async () => {
    await h.db
      .update(articles)
      .set({ publicUpdatedAt: new Date('2025-07-23T18:05:00Z') })
      .where(eq(articles.id, story.id));
    const page = (await app.inject(url())).body;
    expect(page).toContain('প্রকাশ: ২৩ জুলাই ২০২৫, ০১:৪৮ পিএম');
    // 18:05 UTC is past midnight in Dhaka: the next day.
    expect(page).toContain('আপডেট: ২৪ জুলাই ২০২৫, ১২:০৫ এএম');
    await h.db.update(articles).set({ publicUpdatedAt: null }).where(eq(articles.id, story.id));
  });

  it('names the credited staff when there is no desk byline', async () => {
    const author = await h.makeUser('editor', { name: 'রহিম উদ্দিন' });
    const row = await insertStory(h.db, { byline: '' });
    const { articleAuthors } = await import('../db/schema');
    await h.db.insert(articleAuthors).values({ articleId: row.id, userId: author.id, position: 0 });
    const page = (await app.inject(`/article/${row.id}/${row.slug}`)).body;
    expect(page).toContain('<p class="byline">রহিম উদ্দিন</p>');
  });

  it('serves the stylesheet and self-hosted Bengali fonts with immutable caching', async () => {
    const page = (await app.inject(url())).body;
    const cssUrl = /<link rel="stylesheet" href="([^"]+)">/.exec(page)![1];
    expect(cssUrl).toMatch(/^\/assets\/site\.[0-9a-f]{12}\.css$/);
    const css = await app.inject(cssUrl);
    expect(css.statusCode).toBe(200);
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const fonts = [...css.body.matchAll(/url\((\/assets\/fonts\/[^)]+\.woff2)\)/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    expect(css.body).not.toMatch(/https?:\/\//);
    const font = await app.inject(fonts[0]);
    expect(font.statusCode).toBe(200);
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(font.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(font.rawPayload.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect((await app.inject('/assets/fonts/5.3.0/..%2Fpackage.json')).statusCode).toBe(404);
    expect((await app.inject(fonts[0].replace(/\/\d+\.\d+\.\d+\//, '/0.0.1/'))).statusCode).toBe(404);
  });

  it('lets staff preview any story with a banner, privately; visitors are sent to sign in', async () => {
    const path = `/preview/${draft.id}`;
    const visitor = await app.inject(path);
    expect(visitor.statusCode).toBe(303);
    expect(visitor.headers.location).toBe('/admin');
    expect(visitor.headers['cache-control']).toBe('private, no-store');

    const desk = await h.makeUser('desk');
    const res = await app.inject({ url: path, cookies: { barta_session: desk.sessionToken } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers.etag).toBeUndefined();
    expect(res.body).toContain('<div class="preview-banner" role="status"><strong>Preview');
    expect(res.body).toContain('অবস্থা: Draft');
    expect(res.body).toContain('<h1>খসড়া খবর</h1>');
    expect(res.body).toContain('<meta name="robots" content="noindex, nofollow">');
    const missing = await app.inject({
      url: '/preview/00000000-0000-4000-8000-000000000000',
      cookies: { barta_session: desk.sessionToken },
    });
    expect(missing.statusCode).toBe(404);
  });
});
