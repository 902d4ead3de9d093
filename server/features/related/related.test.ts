import type { JSONContent } from '@tiptap/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleContentInput } from '../../../shared/articles/schemas';
import type { ArticleStatus } from '../../../shared/articles/status';
import { RELATED_MAX } from '../../../shared/related/schemas';
import { articles, auditLog, relatedLinks, storyLinks } from '../../db/schema';
import { doc, errorOf, insertMedia, insertSection, readMore, saveEdit } from '../../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../../test/harness';
import { linkedStoriesStatus, publishedBacklinks } from './related.queries';

const TAB = 'tab-related-1';
const ORIGIN = 'https://news.example.com';

const text = (value: string, href?: string): JSONContent => ({
  type: 'text',
  text: value,
  ...(href ? { marks: [{ type: 'link', attrs: { href } }] } : {}),
});
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });

describe('related stories and story links', () => {
  let h: TestHarness;
  let editor: TestUser;
  let manager: TestUser;
  let desk: TestUser;

  beforeAll(async () => {
    h = await createTestHarness();
    // Absolute links to our own public site count as story links.
    h.config.publicOrigin = ORIGIN;
    editor = await h.makeUser('editor');
    manager = await h.makeUser('manager');
    desk = await h.makeUser('desk');
  });
  afterAll(() => h.close());

  async function create(overrides: Partial<ArticleContentInput> = {}) {
    return h.caller(editor).articles.create({
      headline: 'একটি খবর',
      byline: 'কাগজ ডেস্ক',
      body: doc(paragraph(text('প্রথম অনুচ্ছেদ।'))),
      ...overrides,
    });
  }

  const save = (id: string, overrides: Partial<ArticleContentInput>) =>
    saveEdit(h, editor, id, overrides, { mode: 'save', tabId: TAB });

  /** Publishing itself is the workflow's (with its checklist); here a story just needs to be live. */
  async function setStatus(id: string, status: ArticleStatus, publishedAt: Date | null = new Date()) {
    await h.db.update(articles).set({ status, publishedAt }).where(eq(articles.id, id));
  }

  async function linksFrom(id: string) {
    return h.db
      .select({ targetId: storyLinks.targetId, kind: storyLinks.kind })
      .from(storyLinks)
      .where(eq(storyLinks.sourceId, id))
      .orderBy(asc(storyLinks.kind), asc(storyLinks.targetId));
  }

  async function auditOf(id: string, action: string) {
    return h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, action)));
  }

  it('indexes read-more blocks, inline story links and absolute links to our site when a story is saved', async () => {
    const a = await create({ headline: 'পড়ুন এক' });
    const b = await create({ headline: 'পড়ুন দুই' });
    const c = await create({ headline: 'পড়ুন তিন' });
    const elsewhere = await create({ headline: 'অন্য সাইট' });
    const source = await create({ headline: 'উৎস খবর' });
    await save(source.id, {
      body: doc(
        paragraph(text('শুরু। '), text('আগের খবর', `/article/${b.id}/${b.slug}`), text(' দেখুন।')),
        readMore(a.id),
        paragraph(text('সাইটের ঠিকানা', `${ORIGIN}/article/${c.id}/any-slug?utm_source=x#top`)),
        paragraph(text('অন্য সাইটের ঠিকানা', `https://elsewhere.example.org/article/${elsewhere.id}`)),
        // A link to itself is not a backlink.
        paragraph(text('নিজের ঠিকানা', `/article/${source.id}`)),
      ),
    });
    expect(await linksFrom(source.id)).toEqual(
      [
        { targetId: a.id, kind: 'read_more' },
        { targetId: b.id, kind: 'inline' },
        { targetId: c.id, kind: 'inline' },
      ].sort((x, y) => x.kind.localeCompare(y.kind) || x.targetId.localeCompare(y.targetId)),
    );

    const backlinks = await h.caller(desk).related.backlinks({ id: a.id });
    expect(backlinks.map((s) => ({ id: s.id, kinds: s.kinds, status: s.status }))).toEqual([
      { id: source.id, kinds: ['read_more'], status: 'draft' },
    ]);

    // The related list is its own: saving the body leaves it alone, and the body's links follow the body.
    await h.caller(editor).related.add({ id: source.id, targetId: elsewhere.id });
    await save(source.id, { body: doc(paragraph(text('লিংক ছাড়া।'))) });
    expect(await linksFrom(source.id)).toEqual([{ targetId: elsewhere.id, kind: 'related' }]);
    expect(await h.caller(desk).related.backlinks({ id: a.id })).toEqual([]);
    const elsewhereBacklinks = await h.caller(desk).related.backlinks({ id: elsewhere.id });
    expect(elsewhereBacklinks.map((s) => s.kinds)).toEqual([['related']]);
  });

  it('adds, reorders and removes related stories with dense positions, audit rows and the link index', async () => {
    const story = await create({ headline: 'মূল খবর' });
    const [t1, t2, t3] = [await create(), await create(), await create()];
    await h.caller(desk).related.add({ id: story.id, targetId: t1.id });
    await h.caller(editor).related.add({ id: story.id, targetId: t2.id });
    const added = await h.caller(manager).related.add({ id: story.id, targetId: t3.id });
    expect(added.map((r) => [r.id, r.position])).toEqual([
      [t1.id, 0],
      [t2.id, 1],
      [t3.id, 2],
    ]);
    const [audit] = await auditOf(story.id, 'article.related_add');
    expect(audit).toMatchObject({ actorId: desk.id, after: { targetId: t1.id, position: 0 } });

    const reordered = await h
      .caller(desk)
      .related.reorder({ id: story.id, targetIds: [t3.id, t1.id, t2.id] });
    expect(reordered.map((r) => [r.id, r.position])).toEqual([
      [t3.id, 0],
      [t1.id, 1],
      [t2.id, 2],
    ]);
    const [reorderAudit] = await auditOf(story.id, 'article.related_reorder');
    expect(reorderAudit).toMatchObject({
      actorId: desk.id,
      before: { targetIds: [t1.id, t2.id, t3.id] },
      after: { targetIds: [t3.id, t1.id, t2.id] },
    });

    // A reorder that does not name exactly the current list (someone changed it meanwhile) is refused.
    const stale = await errorOf(h.caller(desk).related.reorder({ id: story.id, targetIds: [t1.id, t2.id] }));
    expect(stale.code).toBe('CONFLICT');

    const afterRemove = await h.caller(editor).related.remove({ id: story.id, targetId: t1.id });
    expect(afterRemove.map((r) => [r.id, r.position])).toEqual([
      [t3.id, 0],
      [t2.id, 1],
    ]);
    expect(await auditOf(story.id, 'article.related_remove')).toHaveLength(1);
    // Removing it again changes nothing and records nothing.
    await h.caller(editor).related.remove({ id: story.id, targetId: t1.id });
    expect(await auditOf(story.id, 'article.related_remove')).toHaveLength(1);

    const rows = await h.db
      .select({ targetId: relatedLinks.targetId, position: relatedLinks.position })
      .from(relatedLinks)
      .where(eq(relatedLinks.articleId, story.id))
      .orderBy(asc(relatedLinks.position));
    expect(rows).toEqual([
      { targetId: t3.id, position: 0 },
      { targetId: t2.id, position: 1 },
    ]);
    expect((await linksFrom(story.id)).map((l) => l.targetId).sort()).toEqual([t2.id, t3.id].sort());
    expect((await h.caller(desk).related.list({ id: story.id })).map((r) => r.id)).toEqual([t3.id, t2.id]);
  });

  it('refuses a self-link, a duplicate, a deleted target and more than the maximum, with clear messages', async () => {
    const story = await create();
    const self = await errorOf(h.caller(editor).related.add({ id: story.id, targetId: story.id }));
    expect(self.code).toBe('BAD_REQUEST');
    expect(self.message).toContain('itself');

    const target = await create({ headline: 'দ্বিতীয়বার যোগ' });
    await h.caller(editor).related.add({ id: story.id, targetId: target.id });
    const twice = await errorOf(h.caller(editor).related.add({ id: story.id, targetId: target.id }));
    expect(twice.code).toBe('CONFLICT');
    expect(twice.message).toContain('দ্বিতীয়বার যোগ');

    const binned = await create();
    await h.db.update(articles).set({ deletedAt: new Date() }).where(eq(articles.id, binned.id));
    expect((await errorOf(h.caller(editor).related.add({ id: story.id, targetId: binned.id }))).code).toBe(
      'NOT_FOUND',
    );

    for (let i = 1; i < RELATED_MAX; i++) {
      await h.caller(editor).related.add({ id: story.id, targetId: (await create()).id });
    }
    const full = await errorOf(h.caller(editor).related.add({ id: story.id, targetId: (await create()).id }));
    expect(full.code).toBe('PRECONDITION_FAILED');
    expect(full.message).toContain(`at most ${RELATED_MAX}`);
    const list = await h.caller(editor).related.list({ id: story.id });
    expect(list.map((r) => r.position)).toEqual([...Array(RELATED_MAX).keys()]);
    // Nothing was written for the refused calls.
    expect(await auditOf(story.id, 'article.related_add')).toHaveLength(RELATED_MAX);
  });

  it('keeps positions dense when two people add at the same moment', async () => {
    const story = await create();
    const targets = [await create(), await create(), await create(), await create()];
    await Promise.all(targets.map((t) => h.caller(editor).related.add({ id: story.id, targetId: t.id })));
    const list = await h.caller(editor).related.list({ id: story.id });
    expect(list.map((r) => r.position)).toEqual([0, 1, 2, 3]);
    expect(new Set(list.map((r) => r.id))).toEqual(new Set(targets.map((t) => t.id)));
  });

  it('shows each related story with its status, section and thumbnail', async () => {
    const section = await insertSection(h.db, { slug: 'desh', nameBn: 'দেশ', nameEn: 'Country' });
    const image = await insertMedia(h.db);
    const target = await create({ headline: 'ছবিসহ খবর', sectionId: section.id, leadMediaId: image.id });
    const story = await create();
    const [card] = await h.caller(editor).related.add({ id: story.id, targetId: target.id });
    expect(card).toMatchObject({
      headline: 'ছবিসহ খবর',
      status: 'draft',
      sectionName: 'দেশ',
      // Both names: the dashboard shows the one in the reader's language.
      sectionNameEn: 'Country',
      deleted: false,
    });
    expect(card.thumbnail).toMatch(/^\/media\/.+-320-sq\.webp$/);
    // Renamed later: the list shows the current headline.
    await save(target.id, { headline: 'নতুন শিরোনাম' });
    expect((await h.caller(editor).related.list({ id: story.id }))[0].headline).toBe('নতুন শিরোনাম');
    expect((await h.caller(editor).related.story({ id: target.id }))?.headline).toBe('নতুন শিরোনাম');
  });

  it('warns before taking down a story that published stories link to, then the public page drops the links', async () => {
    const { buildApp } = await import('../../http/app');
    const app = await buildApp({ config: h.config, database: h.database, events: h.events });
    try {
      const target = await create({ headline: 'যে খবর সরানো হবে' });
      const linking = await create({ headline: 'লিংক করা খবর' });
      const draftLinking = await create({ headline: 'খসড়া লিংক' });
      await save(linking.id, {
        body: doc(
          paragraph(text('প্রথম অনুচ্ছেদ। '), text('ভেতরের লিংক', `/article/${target.id}`)),
          readMore(target.id),
        ),
      });
      await save(draftLinking.id, { body: doc(readMore(target.id)) });
      await h.caller(desk).related.add({ id: linking.id, targetId: target.id });
      await setStatus(target.id, 'published');
      await setStatus(linking.id, 'published');

      const { slug } = await h.caller(editor).articles.get({ id: linking.id });
      const before = await app.inject(`/article/${linking.id}/${slug}`);
      expect(before.statusCode).toBe(200);
      expect(before.body).toContain('আরো পড়ুন : </strong>');
      expect(before.body).toContain('যে খবর সরানো হবে');
      expect(before.body).toContain(`href="/article/${target.id}/`);

      const impact = await h.caller(manager).related.impact({ id: target.id });
      expect(impact.published.map((s) => [s.id, s.kinds])).toEqual([
        [linking.id, ['inline', 'read_more', 'related']],
      ]);
      expect(impact.message).toContain('One published story links');
      expect((await publishedBacklinks(h.db, target.id)).map((s) => s.id)).toEqual([linking.id]);
      // Every backlink is listed for the story's own panel, drafts too.
      expect((await h.caller(editor).related.backlinks({ id: target.id })).map((s) => s.id).sort()).toEqual(
        [linking.id, draftLinking.id].sort(),
      );

      const { version } = await h.caller(manager).articles.get({ id: target.id });
      await h.caller(manager).workflow.unpublish({ id: target.id, version, reason: 'ভুল তথ্য' });
      // The take-down's outbox drops the pages that link to it, as the server does right after commit.
      await h.drainOutbox();

      const after = await app.inject(`/article/${linking.id}/${slug}`);
      expect(after.statusCode).toBe(200);
      expect(after.body).not.toContain(`/article/${target.id}`);
      expect(after.body).not.toContain('আরো পড়ুন : </strong>');
      expect(after.body).not.toContain('যে খবর সরানো হবে');
      // The inline link's words stay, as plain text.
      expect(after.body).toContain('ভেতরের লিংক');

      const broken = await h.caller(desk).related.brokenLinks({});
      const mine = broken.items.filter((b) => b.sourceId === linking.id);
      expect(mine.map((b) => [b.kind, b.targetState]).sort()).toEqual([
        ['inline', 'unpublished'],
        ['read_more', 'unpublished'],
        ['related', 'unpublished'],
      ]);
      // A draft linking to it is not a broken public page.
      expect(broken.items.some((b) => b.sourceId === draftLinking.id)).toBe(false);
      expect((await errorOf(h.caller(editor).related.brokenLinks({}))).code).toBe('FORBIDDEN');
    } finally {
      await app.close();
    }
  });

  it('pages through broken links without repeating or skipping any', async () => {
    const source = await create();
    const targets = [await create(), await create(), await create()];
    await save(source.id, { body: doc(...targets.map((t) => readMore(t.id))) });
    await setStatus(source.id, 'published');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { sourceId: string; targetId: string }[]; nextCursor: string | null } = await h
        .caller(desk)
        .related.brokenLinks({ cursor, limit: 1 });
      seen.push(...page.items.filter((i) => i.sourceId === source.id).map((i) => i.targetId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(targets.map((t) => t.id).sort());
  });

  it('gives the publish checklist every linked story with its state', async () => {
    const story = await create();
    const published = await create({ headline: 'প্রকাশিত' });
    const draft = await create({ headline: 'খসড়া' });
    await setStatus(published.id, 'published');
    await save(story.id, { body: doc(readMore(draft.id)) });
    await h.caller(editor).related.add({ id: story.id, targetId: published.id });
    const facts = await linkedStoriesStatus(h.db, story.id);
    expect(facts.map((f) => [f.targetId, f.kind, f.status])).toEqual(
      expect.arrayContaining([
        [draft.id, 'read_more', 'draft'],
        [published.id, 'related', 'published'],
      ]),
    );
    expect(facts).toHaveLength(2);
  });

  it('finds stories for the picker by the start of a Bengali headline word, newest first, by section', async () => {
    const section = await insertSection(h.db, { slug: 'bishwa', nameBn: 'বিশ্ব', nameEn: 'World' });
    const older = await create({ headline: 'ইলন মাস্ক ঋণ নিচ্ছেন', body: doc(paragraph(text('টেসলা।'))) });
    const newer = await create({ headline: 'মাস্কের নতুন কোম্পানি', sectionId: section.id });
    const bodyOnly = await create({ headline: 'অন্য বিষয়', body: doc(paragraph(text('মাস্ক শুধু লেখায়।'))) });
    await h.db
      .update(articles)
      .set({ updatedAt: sql`now() - interval '2 days'` })
      .where(eq(articles.id, older.id));

    const found = await h.caller(editor).related.search({ q: 'মাস্' });
    const ids = found.map((s) => s.id);
    expect(ids.indexOf(newer.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    // Headline words only: a story that merely mentions the word in its body is not offered.
    expect(ids).not.toContain(bodyOnly.id);
    // NFD input, য় typed as two code points: same result.
    expect(
      (await h.caller(editor).related.search({ q: 'ঋণ নিচ্ছে'.normalize('NFD') })).map((s) => s.id),
    ).toEqual([older.id]);
    const inSection = await h.caller(editor).related.search({ q: 'মাস্', sectionId: section.id });
    expect(inSection.map((s) => s.id)).toEqual([newer.id]);
    const excluded = await h.caller(editor).related.search({ q: 'মাস্', excludeId: newer.id });
    expect(excluded.map((s) => s.id)).not.toContain(newer.id);
  });

  it('suggests a story with the same tags and shared Bengali words above an unrelated one, and says why', async () => {
    const body = (...sentences: string[]) => doc(...sentences.map((s) => paragraph(text(s))));
    const section = await insertSection(h.db, { slug: 'sara-desh', nameBn: 'সারাদেশ', nameEn: 'Nation' });
    const current = await create({
      headline: 'পদ্মা সেতুতে রেল চলাচল শুরু',
      sectionId: section.id,
      tags: ['পদ্মা সেতু', 'রেলওয়ে'],
      body: body('পদ্মা সেতু দিয়ে প্রথম রেল চলল।', 'রেল চলাচলে যাত্রীরা খুশি। পদ্মা পাড়ে উৎসব।'),
    });
    const related = await create({
      headline: 'পদ্মা সেতুর রেল সংযোগে নতুন সময়সূচি',
      tags: ['পদ্মা সেতু', 'রেলওয়ে'],
      body: body('রেল সংযোগের সময়সূচি প্রকাশ করেছে রেলওয়ে।'),
    });
    const wordsOnly = await create({
      headline: 'রেল ভাড়া বাড়ছে',
      body: body('রেল যাত্রীদের জন্য দুঃসংবাদ।'),
    });
    const unrelated = await create({
      headline: 'ক্রিকেট দলের নতুন অধিনায়ক',
      tags: ['ক্রিকেট'],
      // Same section and just as recent: a candidate, but about something else.
      sectionId: section.id,
      body: body('অধিনায়ক ঘোষণা করেছে বোর্ড।'),
    });
    const draft = await create({ headline: 'পদ্মা সেতু রেল খসড়া', tags: ['পদ্মা সেতু'] });
    for (const s of [related, wordsOnly, unrelated]) await setStatus(s.id, 'published');

    const suggestions = await h.caller(editor).related.suggestions({ id: current.id });
    const ids = suggestions.map((s) => s.id);
    expect(ids[0]).toBe(related.id);
    expect(ids).toContain(wordsOnly.id);
    expect(ids.indexOf(related.id)).toBeLessThan(ids.indexOf(wordsOnly.id));
    expect(ids.indexOf(wordsOnly.id)).toBeLessThan(ids.indexOf(unrelated.id));
    // Drafts cannot be followed by readers.
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(current.id);

    const top = suggestions[0];
    expect(top.why.sharedTags).toEqual(['পদ্মা সেতু', 'রেলওয়ে']);
    expect(top.why.sharedWords).toEqual(expect.arrayContaining(['পদ্মা', 'রেল']));
    expect(top.why.tagScore).toBe(6);
    expect(top.why.textScore).toBeGreaterThan(0);
    expect(top.score).toBeCloseTo(
      top.why.tagScore + top.why.sectionScore + top.why.textScore + top.why.recencyScore,
      1,
    );

    // One click adds it; it then leaves the suggestions.
    await h.caller(editor).related.add({ id: current.id, targetId: related.id });
    expect((await h.caller(editor).related.suggestions({ id: current.id })).map((s) => s.id)).not.toContain(
      related.id,
    );
  });
});
