import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleStatus } from '../../shared/articles/status';
import { EventBus } from '../events/bus';
import { buildApp } from '../http/app';
import { insertRelated, insertSection, insertStory, paragraphs, readMore } from '../test/factories';
import { createTestHarness, type TestHarness } from '../test/harness';

/**
 * "Only published, ever": a story in any other state answers 404 on every public
 * route and is absent from every list, feed, sitemap, API answer, related list
 * and read-more box.
 */
const HIDDEN: { name: string; status: ArticleStatus; deleted?: boolean }[] = [
  { name: 'draft', status: 'draft' },
  { name: 'in_review', status: 'in_review' },
  { name: 'changes_requested', status: 'changes_requested' },
  { name: 'approved', status: 'approved' },
  { name: 'scheduled', status: 'scheduled' },
  { name: 'schedule_failed', status: 'schedule_failed' },
  { name: 'unpublished', status: 'unpublished' },
  { name: 'archived', status: 'archived' },
  { name: 'deleted', status: 'published', deleted: true },
];

describe('only published stories are public', () => {
  let h: TestHarness;
  let app: FastifyInstance;
  let sectionSlug: string;
  let visible: Awaited<ReturnType<typeof insertStory>>;
  const hidden = new Map<string, Awaited<ReturnType<typeof insertStory>>>();

  beforeAll(async () => {
    h = await createTestHarness();
    app = await buildApp({ config: h.config, database: h.database, events: new EventBus() });
    const section = await insertSection(h.db);
    sectionSlug = section.slug;
    const recent = new Date(Date.now() - 3600_000);
    for (const state of HIDDEN) {
      hidden.set(
        state.name,
        await insertStory(h.db, {
          status: state.status,
          deleted: state.deleted,
          sectionId: section.id,
          headline: `গোপন-${state.name}`,
          // A publication time, as an unpublished or scheduled story may have: the status alone must hide it.
          publishedAt: recent,
        }),
      );
    }
    const ids = [...hidden.values()].map((s) => s.id);
    visible = await insertStory(h.db, {
      sectionId: section.id,
      headline: 'প্রকাশিত খবর',
      publishedAt: new Date(),
      body: { type: 'doc', content: [...paragraphs('শুরু').content!, ...ids.map(readMore)] },
    });
    await insertRelated(h.db, visible.id, ids);
  });
  afterAll(async () => {
    await app.close();
    await h.close();
  });

  const LISTS = ['/', '/rss.xml', '/sitemap.xml', '/news-sitemap.xml', '/api/public/articles?limit=50'];
  /** Every sitemap the index lists (one per month that has public stories), as paths. */
  const sitemaps = async () =>
    [...(await app.inject('/sitemap.xml')).body.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]).pathname,
    );

  it('the published story itself is everywhere (the control)', async () => {
    for (const path of [...LISTS.filter((p) => p !== '/sitemap.xml'), `/section/${sectionSlug}`]) {
      const res = await app.inject(path);
      expect(res.statusCode, path).toBe(200);
      expect(res.body, path).toContain(visible.id);
    }
    const storySitemaps = (await Promise.all((await sitemaps()).map((path) => app.inject(path)))).map(
      (res) => res.body,
    );
    expect(storySitemaps.some((body) => body.includes(visible.id))).toBe(true);
    expect((await app.inject(`/article/${visible.id}/${visible.slug}`)).statusCode).toBe(200);
    expect((await app.inject(`/api/public/articles/${visible.id}`)).statusCode).toBe(200);
  });

  for (const state of HIDDEN) {
    describe(state.name, () => {
      it('answers 404 on its own routes', async () => {
        const story = hidden.get(state.name)!;
        for (const path of [
          `/article/${story.id}/${story.slug}`,
          `/article/${story.id}`,
          `/article/${story.id}/other-slug`,
          `/api/public/articles/${story.id}`,
        ]) {
          const res = await app.inject(path);
          expect(res.statusCode, path).toBe(404);
          expect(res.body, path).not.toContain(story.headline);
        }
      });

      it('is absent from every list, feed, sitemap and API page', async () => {
        const story = hidden.get(state.name)!;
        for (const path of [
          ...LISTS,
          ...(await sitemaps()),
          `/section/${sectionSlug}`,
          `/api/public/articles?section=${sectionSlug}`,
        ]) {
          const res = await app.inject(path);
          expect(res.body, path).not.toContain(story.id);
          expect(res.body, path).not.toContain(story.headline);
        }
      });

      it('is absent from the related list and read-more boxes of a public story', async () => {
        const story = hidden.get(state.name)!;
        const page = await app.inject(`/article/${visible.id}/${visible.slug}`);
        expect(page.body).not.toContain(story.id);
        expect(page.body).not.toContain(story.headline);
        const api = await app.inject(`/api/public/articles/${visible.id}`);
        expect(api.json().related).toEqual([]);
        expect(api.body).not.toContain(story.id);
      });
    });
  }
});
