import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endOfZonedDay, startOfZonedDay } from '../../../shared/bn';
import type { StoryListRequest } from '../../../shared/stories/schemas';
import { queryRows } from '../../db/client';
import { insertIndexedStory, insertMedia, insertSection } from '../../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../../test/harness';

const MIN = 60_000;
const base = new Date('2025-07-01T06:00:00Z').getTime();
const at = (minutes: number) => new Date(base + minutes * MIN);

describe('story list', () => {
  let h: TestHarness;
  let editor: TestUser;
  let other: TestUser;
  let desk: TestUser;
  let admin: TestUser;
  let sport: string;
  let politics: string;
  let image: string;
  const ids: Record<string, string> = {};

  async function all(user: TestUser, input: StoryListRequest, limit = 2) {
    const seen: string[] = [];
    let cursor: string | null | undefined;
    for (let i = 0; i < 100; i++) {
      const page = await h.caller(user).stories.list({ ...input, limit, cursor });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    return seen;
  }

  beforeAll(async () => {
    h = await createTestHarness();
    editor = await h.makeUser('editor');
    other = await h.makeUser('editor');
    desk = await h.makeUser('desk');
    admin = await h.makeUser('admin');
    sport = (await insertSection(h.db, { nameBn: 'খেলা' })).id;
    politics = (await insertSection(h.db, { nameBn: 'রাজনীতি' })).id;
    image = (await insertMedia(h.db)).id;
    ids.draft = await insertIndexedStory(h.db, {
      headline: 'ক খসড়া',
      status: 'draft',
      sectionId: sport,
      authorIds: [editor.id],
      createdBy: editor.id,
      createdAt: at(0),
      updatedAt: at(50),
      tags: ['ক্রিকেট'],
    });
    ids.review = await insertIndexedStory(h.db, {
      headline: 'খ পর্যালোচনা',
      status: 'in_review',
      sectionId: politics,
      authorIds: [other.id],
      createdBy: other.id,
      createdAt: at(10),
      updatedAt: at(40),
      leadMediaId: image,
    });
    ids.published = await insertIndexedStory(h.db, {
      headline: 'গ প্রকাশিত',
      status: 'published',
      sectionId: sport,
      authorIds: [other.id, editor.id],
      createdBy: other.id,
      createdAt: at(20),
      updatedAt: at(30),
      publishedAt: at(25),
      tags: ['ক্রিকেট', 'বিশ্বকাপ'],
      leadMediaId: image,
    });
    ids.approved = await insertIndexedStory(h.db, {
      headline: 'ঘ অনুমোদিত',
      status: 'approved',
      createdBy: editor.id,
      createdAt: at(30),
      updatedAt: at(20),
    });
    ids.scheduled = await insertIndexedStory(h.db, {
      headline: 'ঙ নির্ধারিত',
      status: 'scheduled',
      createdBy: other.id,
      createdAt: at(40),
      updatedAt: at(10),
      publishAt: new Date(Date.now() + 60 * MIN),
    });
    ids.deleted = await insertIndexedStory(h.db, {
      headline: 'মুছে ফেলা',
      deletedAt: new Date(),
      createdAt: at(5),
    });
  });
  afterAll(() => h.close());

  it('lists every live story, newest edit first, without the bin', async () => {
    const page = await h.caller(admin).stories.list({});
    expect(page.items.map((i) => i.id)).toEqual([
      ids.draft,
      ids.review,
      ids.published,
      ids.approved,
      ids.scheduled,
    ]);
    expect(page.total).toEqual({ count: 5, exact: true });
    const published = page.items.find((i) => i.id === ids.published);
    expect(published?.authors.map((a) => a.id)).toEqual([other.id, editor.id]);
    expect(published?.sectionName).toBe('খেলা');
    // The English name too (the test section's is its slug), for the English interface.
    expect(published?.sectionNameEn).toMatch(/^Section /);
    expect(published?.thumbKey).toMatch(/-sq\.webp$/);
  });

  it.each([
    ['status', { status: ['in_review'] }, ['review']],
    ['two statuses', { status: ['draft', 'approved'] }, ['draft', 'approved']],
    ['section', { sectionId: 'sport' }, ['draft', 'published']],
    ['author', { authorId: 'editor' }, ['draft', 'published']],
    ['tag', { tag: 'ক্রিকেট' }, ['draft', 'published']],
    ['has image', { hasImage: true }, ['review', 'published']],
    ['no image', { hasImage: false }, ['draft', 'approved', 'scheduled']],
    [
      'created range',
      { dateField: 'created', from: at(10).toISOString(), to: at(30).toISOString() },
      ['review', 'published', 'approved'],
    ],
    ['updated range', { dateField: 'updated', from: at(35).toISOString() }, ['draft', 'review']],
    ['published range', { dateField: 'published', to: at(26).toISOString() }, ['published']],
    ['view: waiting for review', { view: 'review' }, ['review']],
    ['view: approved, not scheduled', { view: 'approved_unscheduled' }, ['approved']],
  ] as const)('filters by %s', async (_name, raw, expected) => {
    const filter: Record<string, unknown> = { ...raw };
    if (filter.sectionId === 'sport') filter.sectionId = sport;
    if (filter.authorId === 'editor') filter.authorId = editor.id;
    const found = await all(admin, filter as StoryListRequest);
    expect(new Set(found)).toEqual(new Set(expected.map((k) => ids[k])));
  });

  it('"My stories" holds what I wrote or created', async () => {
    const found = await all(editor, { view: 'mine' });
    expect(new Set(found)).toEqual(new Set([ids.draft, ids.published, ids.approved]));
  });

  it('"Scheduled today" uses the newsroom day', async () => {
    const found = await all(desk, { view: 'scheduled_today' });
    const due = Date.now() + 60 * MIN;
    const today = due >= startOfZonedDay(new Date()).getTime() && due <= endOfZonedDay(new Date()).getTime();
    expect(found).toEqual(today ? [ids.scheduled] : []);
  });

  it.each([
    ['updated', 'desc', ['draft', 'review', 'published', 'approved', 'scheduled']],
    ['updated', 'asc', ['scheduled', 'approved', 'published', 'review', 'draft']],
    ['created', 'desc', ['scheduled', 'approved', 'published', 'review', 'draft']],
    ['created', 'asc', ['draft', 'review', 'published', 'approved', 'scheduled']],
    ['headline', 'asc', ['draft', 'review', 'published', 'approved', 'scheduled']],
    ['headline', 'desc', ['scheduled', 'approved', 'published', 'review', 'draft']],
    ['published', 'desc', ['published']],
    ['publish_at', 'asc', ['scheduled']],
  ] as const)('sorts by %s %s across keyset pages', async (sort, dir, expected) => {
    expect(await all(admin, { sort, dir }, 2)).toEqual(expected.map((k) => ids[k]));
  });

  it('refuses a cursor from another sort with a message', async () => {
    const page = await h.caller(admin).stories.list({ limit: 1 });
    await expect(h.caller(admin).stories.list({ sort: 'created', cursor: page.nextCursor })).rejects.toThrow(
      /first page/,
    );
    await expect(h.caller(admin).stories.list({ cursor: 'not a cursor' })).rejects.toThrow(/first page/);
  });

  it('pages without gaps or repeats while stories are added between page loads', async () => {
    const sectionId = (await insertSection(h.db, { nameBn: 'চলমান' })).id;
    const start = Date.now() + 10 * 24 * 60 * MIN;
    const existing: string[] = [];
    for (let i = 0; i < 12; i++) {
      // Equal timestamps in pairs: the id breaks ties.
      existing.push(
        await insertIndexedStory(h.db, { sectionId, updatedAt: new Date(start - Math.floor(i / 2) * MIN) }),
      );
    }
    const seen: string[] = [];
    let cursor: string | null | undefined;
    let round = 0;
    do {
      const page = await h.caller(admin).stories.list({ sectionId, limit: 4, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      // Newer stories land before the cursor, older ones after it: both must not disturb the walk.
      await insertIndexedStory(h.db, { sectionId, updatedAt: new Date(start + ++round * MIN) });
      await insertIndexedStory(h.db, { sectionId, updatedAt: new Date(start - (100 + round) * MIN) });
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of existing) expect(seen).toContain(id);
  });

  it('says the total is approximate above 10,000', async () => {
    const sectionId = (await insertSection(h.db, { nameBn: 'বড়' })).id;
    await h.db.execute(sql`insert into articles (headline, slug, body, section_id)
      select 'বহু ' || g, 'bulk-' || g || '-' || ${sectionId}, '{}'::jsonb, ${sectionId}::uuid
      from generate_series(1, 10050) g`);
    await h.db.execute(sql`analyze articles`);
    const page = await h.caller(admin).stories.list({ sectionId, limit: 5 });
    expect(page.total?.exact).toBe(false);
    expect(page.total?.count).toBeGreaterThan(10_000);
    const small = await h.caller(admin).stories.list({ sectionId: sport });
    expect(small.total).toEqual({ count: 2, exact: true });
    await h.db.execute(sql`delete from articles where section_id = ${sectionId}::uuid`);
  });
});

describe('bulk actions, saved views, preferences, overview', () => {
  let h: TestHarness;
  let editor: TestUser;
  let desk: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    h = await createTestHarness();
    editor = await h.makeUser('editor');
    desk = await h.makeUser('desk');
    manager = await h.makeUser('manager');
  });
  afterAll(() => h.close());

  const item = async (id: string) => {
    const [row] = await queryRows<{
      version: number;
      status: string;
      section_id: string | null;
      tags: string[];
    }>(h.db, sql`select version, status, section_id, tags from articles where id = ${id}`);
    return row;
  };

  it('assigns a section row by row, skipping archived and stale rows, with audit rows', async () => {
    const section = (await insertSection(h.db, { nameBn: 'অর্থনীতি' })).id;
    const ok = await insertIndexedStory(h.db, { status: 'draft', headline: 'চলবে' });
    const archived = await insertIndexedStory(h.db, { status: 'archived', headline: 'আর্কাইভ' });
    const stale = await insertIndexedStory(h.db, { status: 'draft', headline: 'পুরোনো' });
    const result = await h.caller(editor).stories.bulkAssignSection({
      sectionId: section,
      items: [
        { id: ok, version: 1 },
        { id: archived, version: 1 },
        { id: stale, version: 7 },
      ],
    });
    expect(result.map((r) => [r.headline, r.outcome])).toEqual([
      ['চলবে', 'done'],
      ['আর্কাইভ', 'skipped'],
      ['পুরোনো', 'skipped'],
    ]);
    expect(result[1].message).toMatch(/Archived/);
    expect(await item(ok)).toMatchObject({ section_id: section, version: 2 });
    expect(await item(archived)).toMatchObject({ section_id: null, version: 1 });
    const audit = await queryRows<{ action: string }>(
      h.db,
      sql`select action from audit_log where entity_id = ${ok}`,
    );
    expect(audit.map((a) => a.action)).toContain('article.assign_section');
  });

  it('adds a tag and makes it searchable', async () => {
    const id = await insertIndexedStory(h.db, { headline: 'ট্যাগহীন' });
    const [result] = await h
      .caller(editor)
      .stories.bulkAddTag({ tag: 'নির্বাচন', items: [{ id, version: 1 }] });
    expect(result.outcome).toBe('done');
    expect((await item(id)).tags).toEqual(['নির্বাচন']);
    const found = await h.caller(editor).stories.list({ q: 'নির্বাচন' });
    expect(found.items.map((i) => i.id)).toContain(id);
  });

  it('unschedules and archives through the status machine and the rights table, per row', async () => {
    const scheduled = await insertIndexedStory(h.db, {
      status: 'scheduled',
      publishAt: new Date(Date.now() + 3600_000),
    });
    const draft = await insertIndexedStory(h.db, { status: 'draft' });
    const unscheduled = await h.caller(desk).stories.bulkUnschedule({
      items: [
        { id: scheduled, version: 1 },
        { id: draft, version: 1 },
      ],
    });
    expect(unscheduled.map((r) => r.outcome)).toEqual(['done', 'skipped']);
    expect(await item(scheduled)).toMatchObject({ status: 'approved' });

    const published = await insertIndexedStory(h.db, { status: 'published', publishedAt: new Date() });
    const archived = await h.caller(manager).stories.bulkArchive({
      items: [
        { id: draft, version: 1 },
        { id: published, version: 1 },
      ],
    });
    expect(archived.map((r) => r.outcome)).toEqual(['done', 'skipped']);
    expect(archived[1].message).toMatch(/not possible/);
    await expect(
      h.caller(editor).stories.bulkArchive({ items: [{ id: draft, version: 2 }] }),
    ).rejects.toThrow(/Your role/);
  });

  it('keeps saved views private unless shared, and only the owner changes them', async () => {
    const state = { status: ['draft' as const], sort: 'created' as const, dir: 'asc' as const };
    const mine = await h.caller(editor).stories.createView({ name: 'আমার খসড়া', state });
    const shared = await h.caller(editor).stories.createView({ name: 'সবার', shared: true, state });
    const seen = await h.caller(desk).stories.savedViews();
    expect(seen.map((v) => v.id)).toContain(shared.id);
    expect(seen.map((v) => v.id)).not.toContain(mine.id);
    await expect(h.caller(desk).stories.deleteView({ id: shared.id })).rejects.toThrow(/not yours/);
    await h.caller(editor).stories.updateView({ id: mine.id, name: 'নতুন নাম', shared: false, state });
    const own = await h.caller(editor).stories.savedViews();
    expect(own.find((v) => v.id === mine.id)).toMatchObject({ name: 'নতুন নাম', state: { status: ['draft'] } });
    await h.caller(editor).stories.deleteView({ id: mine.id });
    expect((await h.caller(editor).stories.savedViews()).map((v) => v.id)).not.toContain(mine.id);
  });

  it('remembers column order and visibility per user', async () => {
    expect(await h.caller(editor).stories.prefs()).toBeNull();
    const prefs = { order: ['status' as const, 'headline' as const], hidden: ['words' as const] };
    await h.caller(editor).stories.setPrefs(prefs);
    expect(await h.caller(editor).stories.prefs()).toEqual(prefs);
    expect(await h.caller(desk).stories.prefs()).toBeNull();
  });

  it('counts today for the overview', async () => {
    const before = await h.caller(editor).stories.overview();
    await insertIndexedStory(h.db, { status: 'in_review' });
    await insertIndexedStory(h.db, { status: 'schedule_failed' });
    await insertIndexedStory(h.db, { status: 'published', publishedAt: new Date(Date.now() - 60_000) });
    await insertIndexedStory(h.db, { status: 'scheduled', publishAt: new Date(Date.now() + 3 * 3600_000) });
    const after = await h.caller(editor).stories.overview();
    expect(after.inReview).toBe(before.inReview + 1);
    expect(after.failedSchedules).toBe(before.failedSchedules + 1);
    expect(after.publishedToday).toBe(before.publishedToday + 1);
    expect(after.scheduledNext24h).toBe(before.scheduledNext24h + 1);
    const total = after.perHour.reduce((sum, h) => sum + h.count, 0);
    expect(total).toBeGreaterThanOrEqual(1);
  });
});
