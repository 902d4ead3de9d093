import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, sitemapMonths } from '../db/schema';
import { insertStory, publishedStory } from '../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../test/harness';
import { listSitemapMonths } from './sitemap-months';

const TZ = 'Asia/Dhaka';

describe('the sitemap index summary', () => {
  let h: TestHarness;
  let editor: TestUser;
  let manager: TestUser;
  beforeAll(async () => {
    h = await createTestHarness();
    editor = await h.makeUser('editor');
    manager = await h.makeUser('manager');
  });
  afterAll(() => h.close());

  it('is built once from the stories, then kept by publications and take-downs', async () => {
    // Stories from before the summary existed (an upgrade): counted on the first read.
    await insertStory(h.db, { publishedAt: new Date('2025-07-31T18:30:00Z') }); // 1 August in Dhaka
    await insertStory(h.db, { publishedAt: new Date('2025-07-10T06:00:00Z') });
    expect(await listSitemapMonths(h.db, TZ)).toEqual([
      { month: '2025-08', lastmod: new Date('2025-07-31T18:30:00Z') },
      { month: '2025-07', lastmod: new Date('2025-07-10T06:00:00Z') },
    ]);

    const story = await publishedStory(h, editor);
    const [row] = await h.db.select().from(articles).where(eq(articles.id, story.id));
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit' })
      .format(row.publishedAt!)
      .slice(0, 7);
    const [summary] = await h.db.select().from(sitemapMonths).where(eq(sitemapMonths.month, month));
    expect(summary).toMatchObject({ stories: 1, lastmod: row.publishedAt });
    expect((await listSitemapMonths(h.db, TZ))[0].month).toBe(month);

    await h.caller(manager).workflow.unpublish({ id: story.id, version: story.version, reason: 'সরানো হলো' });
    expect((await listSitemapMonths(h.db, TZ)).map((m) => m.month)).not.toContain(month);
  });
});
