import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleRevisions, articles, notifications } from '../../db/schema';
import { buildApp } from '../../http/app';
import {
  createStory,
  doc,
  errorOf,
  forceStatus,
  paragraph,
  publishedStory,
  saveEdit,
  versionOf,
} from '../../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../../test/harness';
import { claimDuePublications } from '../schedule/claim-publications';
import { claimDueUpdates } from '../schedule/claim-updates';

/** A real HTTP receiver for the webhook: counts each publication's calls by idempotency key. */
async function webhookReceiver() {
  const calls: { key: string; event: string; id: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const parsed = JSON.parse(body) as { event: string; data: { id: string } };
      calls.push({ key: String(req.headers['idempotency-key']), event: parsed.event, id: parsed.data.id });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    calls,
    count: (id: string, event: string) => calls.filter((c) => c.id === id && c.event === event).length,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

let h: TestHarness;
let app: FastifyInstance;
let hook: Awaited<ReturnType<typeof webhookReceiver>>;
let editor: TestUser;
let manager: TestUser;
let desk: TestUser;
const TAB = 'tab-publication-test';

beforeAll(async () => {
  hook = await webhookReceiver();
  h = await createTestHarness({ WEBHOOK_URL: hook.url });
  app = await buildApp({ config: h.config, database: h.database, events: h.events });
  editor = await h.makeUser('editor');
  manager = await h.makeUser('manager');
  desk = await h.makeUser('desk');
});
afterAll(async () => {
  await app.close();
  await h.close();
  await hook.close();
});

/** Saves over what the editor shows now, as the editor's autosave does. */
const save = (
  user: TestUser,
  id: string,
  change: Record<string, unknown>,
  mode: 'autosave' | 'save' = 'autosave',
) => saveEdit(h, user, id, change, { mode, tabId: TAB });

/** What a reader gets, once the outbox has run (the server runs it right after each commit). */
async function reader(id: string) {
  await h.drainOutbox();
  const [row] = await h.db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, id));
  const page = await app.inject(`/article/${id}/${encodeURIComponent(row.slug)}`);
  const api = await app.inject(`/api/public/articles/${id}`);
  const rss = await app.inject('/rss.xml');
  return { page: page.body, api: api.json(), rss: rss.body, status: page.statusCode };
}

describe('one publication pipeline', () => {
  it('publish now, update, unpublish, republish and a scheduled publication each call the webhook once', async () => {
    const story = await publishedStory(h, editor);
    await h.drainOutbox();
    await h.drainOutbox();
    expect(hook.count(story.id, 'article.published')).toBe(1);

    await save(manager, story.id, { summary: 'নতুন সারাংশ, হালনাগাদ।' });
    await h.caller(manager).workflow.publishUpdate({ id: story.id, version: await versionOf(h, story.id) });
    await h.drainOutbox();
    expect(hook.count(story.id, 'article.updated')).toBe(1);

    await h
      .caller(manager)
      .workflow.unpublish({ id: story.id, version: await versionOf(h, story.id), reason: 'ভুল তথ্য' });
    await h.caller(manager).workflow.publish({ id: story.id, version: await versionOf(h, story.id) });
    await h.drainOutbox();
    expect(hook.count(story.id, 'article.unpublished')).toBe(1);
    expect(hook.count(story.id, 'article.republished')).toBe(1);

    const scheduled = await createStory(h, editor);
    await forceStatus(h, scheduled.id, 'scheduled');
    await h.db
      .update(articles)
      .set({ publishAt: sql`now() - interval '1 second'` })
      .where(eq(articles.id, scheduled.id));
    const outcomes = await claimDuePublications({ db: h.db, timeZone: 'Asia/Dhaka', webhookUrl: hook.url });
    expect(outcomes.find((o) => o.id === scheduled.id)?.status).toBe('published');
    await h.drainOutbox();
    await h.drainOutbox();
    expect(hook.count(scheduled.id, 'article.published')).toBe(1);

    // Every call had its own idempotency key: one per publication, never reused.
    expect(new Set(hook.calls.map((c) => c.key)).size).toBe(hook.calls.length);
  });

  it('a scheduled update goes out once at its time, through the same pipeline', async () => {
    const story = await publishedStory(h, editor);
    await save(manager, story.id, { headline: 'নির্ধারিত হালনাগাদের শিরোনাম' });
    await h.caller(desk).schedule.scheduleUpdate({
      id: story.id,
      version: await versionOf(h, story.id),
      publishAt: new Date(Date.now() + 3_600_000).toISOString(),
      note: 'নতুন তথ্য যোগ হয়েছে',
    });
    expect((await reader(story.id)).page).not.toContain('নির্ধারিত হালনাগাদের শিরোনাম');
    await h.db
      .update(articles)
      .set({ pendingPublishAt: sql`now() - interval '1 second'` })
      .where(eq(articles.id, story.id));
    const deps = { db: h.db, timeZone: 'Asia/Dhaka', webhookUrl: hook.url };
    const [first, second] = await Promise.all([claimDueUpdates(deps), claimDueUpdates(deps)]);
    expect([...first, ...second].filter((o) => o.id === story.id && o.status === 'published')).toHaveLength(
      1,
    );
    await h.drainOutbox();
    expect(hook.count(story.id, 'article.updated')).toBe(1);
    const after = await reader(story.id);
    expect(after.page).toContain('নির্ধারিত হালনাগাদের শিরোনাম');
    expect(after.page).toContain('নতুন তথ্য যোগ হয়েছে');
  });
});

describe('staged updates of live stories', () => {
  it('an autosave of a published story changes nothing readers see until Publish update', async () => {
    const story = await publishedStory(h, editor);
    const before = await reader(story.id);
    expect(before.page).not.toContain('আপডেট:');

    const saved = await save(editor, story.id, {
      headline: 'অর্ধেক লেখা সংশোধ',
      body: doc(paragraph('ঢাকা — সংসদে আজ বাজেট পাস হয়েছে। নতুন অনুচ্ছেদ লেখা চলছে')),
    });
    expect(saved).toMatchObject({ status: 'published', pendingUpdate: true });
    const during = await reader(story.id);
    expect(during.page).toBe(before.page);
    expect(during.api).toEqual(before.api);
    expect(during.rss).toBe(before.rss);

    // The editor works on the pending text, with the live text beside it.
    const opened = await h.caller(editor).articles.get({ id: story.id });
    expect(opened.headline).toBe('অর্ধেক লেখা সংশোধ');
    expect(opened.live.headline).toBe(before.api.headline);
    expect(opened.pendingUpdate).toMatchObject({ reviewed: false, byName: editor.name });

    // An editor's update needs a reviewer, as a first publication does.
    const refused = await errorOf(
      h.caller(editor).workflow.publishUpdate({ id: story.id, version: await versionOf(h, story.id) }),
    );
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toMatch(/reviewer/);
    await h.caller(manager).workflow.approveUpdate({ id: story.id, version: await versionOf(h, story.id) });
    await h.caller(editor).workflow.publishUpdate({
      id: story.id,
      version: await versionOf(h, story.id),
      note: 'বাজেটের নতুন তথ্য যোগ করা হয়েছে',
    });

    const after = await reader(story.id);
    expect(after.page).toContain('অর্ধেক লেখা সংশোধ');
    expect(after.page).toContain('নতুন অনুচ্ছেদ লেখা চলছে');
    expect(after.page).toMatch(/<p class="dateline"><time datetime="[^"]+">আপডেট: /);
    expect(after.page).toContain('বাজেটের নতুন তথ্য যোগ করা হয়েছে');
    expect(after.api.headline).toBe('অর্ধেক লেখা সংশোধ');
    expect(after.api.updates).toEqual([
      { note: 'বাজেটের নতুন তথ্য যোগ করা হয়েছে', publishedAt: expect.any(String) },
    ]);
    const [row] = await h.db.select().from(articles).where(eq(articles.id, story.id));
    expect(row.pending).toBeNull();
    expect(row.publicUpdatedAt).not.toBeNull();
  });

  it('a typo fix saved and never published shows no update line', async () => {
    const story = await publishedStory(h, editor);
    await save(manager, story.id, { summary: 'বানান ঠিক করা সারাংশ' }, 'save');
    const page = (await reader(story.id)).page;
    expect(page).not.toContain('আপডেট:');
    expect(page).not.toContain('বানান ঠিক করা সারাংশ');
  });

  it('discarding an update keeps the live text and the discarded text in the revisions', async () => {
    const story = await publishedStory(h, editor);
    const before = await reader(story.id);
    await save(editor, story.id, { headline: 'বাতিল হওয়া শিরোনাম' });
    await h.caller(editor).workflow.discardUpdate({ id: story.id, version: await versionOf(h, story.id) });
    expect((await reader(story.id)).page).toBe(before.page);
    const opened = await h.caller(editor).articles.get({ id: story.id });
    expect(opened.pendingUpdate).toBeNull();
    expect(opened.headline).toBe(before.api.headline);
    const revisions = await h.db
      .select()
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, story.id));
    expect(revisions.some((r) => (r.snapshot as { headline: string }).headline === 'বাতিল হওয়া শিরোনাম')).toBe(
      true,
    );
  });

  it('editing back to the live text leaves no update to publish', async () => {
    const story = await publishedStory(h, editor);
    const live = await h.caller(editor).articles.get({ id: story.id });
    await save(editor, story.id, { headline: 'সাময়িক শিরোনাম' });
    const back = await save(editor, story.id, { headline: live.headline });
    expect(back.pendingUpdate).toBe(false);
  });

  it('a bulk section move of a live story waits as an update, like a save', async () => {
    const story = await publishedStory(h, editor);
    const other = await createStory(h, editor);
    const [target] = await h.db
      .select({ sectionId: articles.sectionId })
      .from(articles)
      .where(eq(articles.id, other.id));
    const [result] = await h.caller(manager).stories.bulkAssignSection({
      items: [{ id: story.id, version: await versionOf(h, story.id) }],
      sectionId: target.sectionId!,
    });
    expect(result.outcome).toBe('done');
    const [row] = await h.db.select().from(articles).where(eq(articles.id, story.id));
    expect(row.sectionId).not.toBe(target.sectionId);
    expect((row.pending as { sectionId: string }).sectionId).toBe(target.sectionId);
  });
});

describe('scheduled stories keep their reviewed text', () => {
  it("an editor's edit takes it off the schedule and back to review, and the desk is told", async () => {
    const story = await createStory(h, editor);
    const approved = await forceStatus(h, story.id, 'approved');
    await h.caller(desk).schedule.schedule({
      id: story.id,
      version: approved,
      publishAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const saved = await save(editor, story.id, { headline: 'অনুমোদনের পরে বদলানো শিরোনাম' });
    expect(saved).toMatchObject({ status: 'in_review', unscheduled: true, sentBackToReview: true });
    await h.drainOutbox();
    const told = await h.db.select().from(notifications).where(eq(notifications.articleId, story.id));
    expect(told.some((n) => n.userId === desk.id && n.kind === 'unscheduled')).toBe(true);

    // The due time comes: nothing goes out, least of all the unreviewed text.
    await h.db
      .update(articles)
      .set({ publishAt: sql`now() - interval '1 second'` })
      .where(eq(articles.id, story.id));
    await claimDuePublications({ db: h.db, timeZone: 'Asia/Dhaka' });
    const [row] = await h.db.select().from(articles).where(eq(articles.id, story.id));
    expect(row.status).toBe('in_review');
    expect(row.publishedAt).toBeNull();
    expect((await reader(story.id)).status).toBe(404);
  });

  it("a reviewer's edit keeps it scheduled, and the reviewed text is what goes out", async () => {
    const story = await createStory(h, editor);
    const approved = await forceStatus(h, story.id, 'approved');
    await h.caller(desk).schedule.schedule({
      id: story.id,
      version: approved,
      publishAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const saved = await save(manager, story.id, { headline: 'সম্পাদকের দেখা শিরোনাম' });
    expect(saved).toMatchObject({ status: 'scheduled', unscheduled: false });
    await h.db
      .update(articles)
      .set({ publishAt: sql`now() - interval '1 second'` })
      .where(eq(articles.id, story.id));
    await claimDuePublications({ db: h.db, timeZone: 'Asia/Dhaka' });
    expect((await reader(story.id)).page).toContain('সম্পাদকের দেখা শিরোনাম');
  });
});

describe('corrections', () => {
  it('a correction is shown under the date line, in the JSON API, in structured data and on the corrections list', async () => {
    const story = await publishedStory(h, editor);
    await save(manager, story.id, { summary: 'সংশোধিত সারাংশ: বাজেট ৮ লাখ কোটি টাকা।' });
    const noNote = await errorOf(
      h
        .caller(manager)
        .workflow.publishUpdate({ id: story.id, version: await versionOf(h, story.id), correction: true }),
    );
    expect(noNote.code).toBe('BAD_REQUEST');
    await h.caller(manager).workflow.publishUpdate({
      id: story.id,
      version: await versionOf(h, story.id),
      correction: true,
      note: 'আগের সংস্করণে বাজেটের অঙ্ক ভুল লেখা হয়েছিল।',
    });
    const { page, api } = await reader(story.id);
    expect(page).toMatch(
      /<li class="correction"><strong>সংশোধনী:<\/strong> আগের সংস্করণে বাজেটের অঙ্ক ভুল লেখা হয়েছিল। <time datetime="[^"]+">\([০-৯]/,
    );
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]);
    expect(ld.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'আগের সংস্করণে বাজেটের অঙ্ক ভুল লেখা হয়েছিল।',
        datePublished: expect.any(String),
      },
    ]);
    expect(api.corrections).toEqual([
      { note: 'আগের সংস্করণে বাজেটের অঙ্ক ভুল লেখা হয়েছিল।', publishedAt: ld.correction[0].datePublished },
    ]);
    const newsroom = await h.caller(desk).workflow.corrections({});
    expect(newsroom.items.find((c) => c.articleId === story.id)).toMatchObject({
      kind: 'correction',
      publishedByName: manager.name,
    });
    const ofStory = await h.caller(editor).workflow.corrections({ articleId: story.id });
    expect(ofStory.items.map((u) => u.kind)).toEqual(['correction']);
  });

  it('an unpublished story keeps its reason in the history', async () => {
    const story = await publishedStory(h, editor);
    await h.caller(manager).workflow.unpublish({
      id: story.id,
      version: await versionOf(h, story.id),
      reason: 'আইনি কারণে সরানো হলো',
    });
    const history = await h.caller(editor).workflow.history({ id: story.id });
    expect(JSON.stringify(history)).toContain('আইনি কারণে সরানো হলো');
  });
});
