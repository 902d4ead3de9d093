import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles } from '../../db/schema';
import { paragraph } from '../../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../../test/harness';

describe('"New story" leaves no empty drafts behind', () => {
  let h: TestHarness;
  let editor: TestUser;
  let other: TestUser;
  beforeAll(async () => {
    h = await createTestHarness();
    editor = await h.makeUser('editor');
    other = await h.makeUser('editor');
  });
  afterAll(() => h.close());

  async function draftsOf(user: TestUser) {
    const [row] = await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(articles)
      .where(eq(articles.createdBy, user.id));
    return row.n;
  }

  it('reopens the untouched empty draft instead of making another', async () => {
    const first = await h.caller(editor).articles.create({});
    const again = await h.caller(editor).articles.create({});
    expect(again.id).toBe(first.id);
    expect(await draftsOf(editor)).toBe(1);
    // Someone else's empty draft is theirs: a colleague gets their own.
    const theirs = await h.caller(other).articles.create({});
    expect(theirs.id).not.toBe(first.id);
  });

  it('makes a new draft once the last one has been written in', async () => {
    const blank = await h.caller(editor).articles.create({});
    const story = await h.caller(editor).articles.get({ id: blank.id });
    await h.caller(editor).articles.save({
      id: blank.id,
      baseVersion: story.version,
      mode: 'autosave',
      tabId: 'tab-empty-drafts',
      content: { ...story, headline: '', body: { type: 'doc', content: [paragraph('প্রথম বাক্য।')] } },
    });
    const next = await h.caller(editor).articles.create({});
    expect(next.id).not.toBe(blank.id);
  });

  it('a new story starts with the default byline from the site settings', async () => {
    const admin = await h.makeUser('admin');
    await h.caller(admin).site.updateSettings({
      siteName: 'বার্তা',
      masthead: '',
      editorName: '',
      publisherName: '',
      defaultByline: 'নিজস্ব প্রতিবেদক',
    });
    const story = await h.caller(admin).articles.create({ headline: 'বাইলাইন' });
    expect((await h.caller(admin).articles.get({ id: story.id })).byline).toBe('নিজস্ব প্রতিবেদক');
    const named = await h.caller(admin).articles.create({ headline: 'বাইলাইন ২', byline: 'কাগজ ডেস্ক' });
    expect((await h.caller(admin).articles.get({ id: named.id })).byline).toBe('কাগজ ডেস্ক');
  });

  it('the story list never shows an untouched "New story" draft as an "(untitled)" row', async () => {
    const writer = await h.makeUser('editor');
    const blank = await h.caller(writer).articles.create({});
    const listed = async () => {
      const page = await h.caller(writer).stories.list({ view: 'mine' });
      return { ids: page.items.map((i) => i.id), total: page.total?.count };
    };
    expect(await listed()).toEqual({ ids: [], total: 0 });
    expect((await h.caller(writer).stories.list({})).items.map((i) => i.id)).not.toContain(blank.id);
    // Its first real input makes it a story like any other.
    const story = await h.caller(writer).articles.get({ id: blank.id });
    await h.caller(writer).articles.save({
      id: blank.id,
      baseVersion: story.version,
      mode: 'autosave',
      tabId: 'tab-empty-list',
      content: { ...story, headline: 'প্রথম শিরোনাম' },
    });
    expect(await listed()).toEqual({ ids: [blank.id], total: 1 });
  });

  it('a draft given content from the start is always new', async () => {
    const before = await draftsOf(other);
    const a = await h.caller(other).articles.create({ headline: 'নতুন খবর' });
    const b = await h.caller(other).articles.create({ headline: 'নতুন খবর' });
    expect(a.id).not.toBe(b.id);
    expect(await draftsOf(other)).toBe(before + 2);
  });
});
