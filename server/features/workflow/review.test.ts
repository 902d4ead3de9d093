import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, auditLog, notifications } from '../../db/schema';
import type { BartaEvent } from '../../events/bus';
import { buildApp } from '../../http/app';
import { createStory, errorOf, forceStatus } from '../../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../../test/harness';
import { deskAndAuthors } from './notify';

describe('review: notifications, comments, queue, history', () => {
  let h: TestHarness;
  let admin: TestUser;
  let manager: TestUser;
  let retired: TestUser;
  let editor: TestUser;
  let coAuthor: TestUser;
  let creator: TestUser;
  let desk: TestUser;
  let bystander: TestUser;

  beforeAll(async () => {
    h = await createTestHarness();
    admin = await h.makeUser('admin');
    manager = await h.makeUser('manager', { name: 'মনি ম্যানেজার' });
    retired = await h.makeUser('manager', { active: false });
    editor = await h.makeUser('editor', { name: 'রহিম উদ্দিন' });
    coAuthor = await h.makeUser('editor', { name: 'করিম' });
    creator = await h.makeUser('editor');
    desk = await h.makeUser('desk');
    bystander = await h.makeUser('editor');
  });
  afterAll(() => h.close());

  const inbox = async (user: TestUser) => (await h.caller(user).workflow.notifications.list()).items;

  /** A story created by `creator`, credited to editor and coAuthor. */
  const story = () => createStory(h, creator, { authorIds: [editor.id, coAuthor.id] });

  function recordEvents() {
    const seen: BartaEvent[] = [];
    const stop = h.events.subscribe((e) => seen.push(e));
    return { seen, stop };
  }

  it('submitting tells every active reviewer, with the note; nobody else', async () => {
    const s = await story();
    const events = recordEvents();
    await h.caller(editor).workflow.submit({ id: s.id, version: s.version, note: 'জরুরি' });
    events.stop();
    const rows = await h.db.select().from(notifications).where(eq(notifications.articleId, s.id));
    expect(rows.map((r) => r.userId).sort()).toEqual([admin.id, manager.id].sort());
    expect(rows[0]).toMatchObject({ kind: 'submitted', actorId: editor.id });
    expect(rows[0].message).toMatch(/^রহিম উদ্দিন submitted “.+” for review: জরুরি$/);
    // Its kind and parts, for each reader's language (the English text stays as the fallback).
    expect(rows[0].notice).toEqual({
      key: 'submittedNote',
      name: 'রহিম উদ্দিন',
      headline: expect.any(String),
      note: 'জরুরি',
    });
    expect(events.seen.filter((e) => e.type === 'notification.created')).toEqual(
      expect.arrayContaining([
        { type: 'notification.created', userId: manager.id },
        { type: 'notification.created', userId: admin.id },
      ]),
    );
    expect(events.seen.some((e) => e.type === 'notification.created' && e.userId === retired.id)).toBe(false);
  });

  it('approving and sending back tell the authors and the creator, not the reviewer', async () => {
    const s = await story();
    const submitted = await h.caller(editor).workflow.submit({ id: s.id, version: s.version });
    const sent = await h
      .caller(manager)
      .workflow.sendBack({ id: s.id, version: submitted.version, note: 'ছবি বদলান' });
    const again = await h.caller(editor).workflow.submit({ id: s.id, version: sent.version });
    await h.caller(manager).workflow.approve({ id: s.id, version: again.version });
    const rows = await h.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.articleId, s.id)));
    const to = (kind: string) =>
      rows
        .filter((r) => r.kind === kind)
        .map((r) => r.userId)
        .sort();
    expect(to('changes_requested')).toEqual([editor.id, coAuthor.id, creator.id].sort());
    expect(to('approved')).toEqual([editor.id, coAuthor.id, creator.id].sort());
    expect(rows.find((r) => r.kind === 'changes_requested')?.message).toContain('ছবি বদলান');
  });

  it('the bell: own notifications only, unread count, mark read', async () => {
    const s = await story();
    await h.caller(editor).workflow.submit({ id: s.id, version: s.version });
    const before = await h.caller(manager).workflow.notifications.unreadCount();
    expect(before).toBeGreaterThan(0);
    const list = await h.caller(manager).workflow.notifications.list();
    expect(list.unread).toBe(before);
    expect(list.items.every((n) => n.message.length > 0)).toBe(true);
    expect(list.items[0].notice).toMatchObject({ key: 'submitted', headline: expect.any(String) });
    // Someone else's ids are ignored.
    await h.caller(bystander).workflow.notifications.markRead({ ids: [list.items[0].id] });
    expect(await h.caller(manager).workflow.notifications.unreadCount()).toBe(before);
    await h.caller(manager).workflow.notifications.markRead({ ids: [list.items[0].id] });
    expect(await h.caller(manager).workflow.notifications.unreadCount()).toBe(before - 1);
    await h.caller(manager).workflow.notifications.markRead();
    expect(await h.caller(manager).workflow.notifications.unreadCount()).toBe(0);
  });

  it('a schedule change under a story tells desk staff, its authors and its creator', async () => {
    const s = await story();
    const told = await deskAndAuthors(h.db, s.id);
    expect(told.sort()).toEqual([desk.id, editor.id, coAuthor.id, creator.id].sort());
  });

  describe('comments', () => {
    it('anchored comment with a mention, a reply, resolve and reopen', async () => {
      const s = await story();
      const events = recordEvents();
      const added = await h.caller(manager).workflow.comments.add({
        articleId: s.id,
        body: '@রহিম উদ্দিন এই তথ্যের সূত্র কী?',
        anchor: { from: 3, to: 12, quote: 'বাজেট পাস' },
        mentions: [editor.id, coAuthor.id],
      });
      events.stop();
      // coAuthor was picked but is not named in the text any more: not told.
      expect(added.mentions).toEqual([editor.id]);
      const [mention] = await inbox(editor);
      expect(mention).toMatchObject({ kind: 'mentioned', articleId: s.id, actorName: 'মনি ম্যানেজার' });
      expect(mention.message).toContain('এই তথ্যের সূত্র কী?');
      expect((await inbox(coAuthor)).some((n) => n.kind === 'mentioned')).toBe(false);
      expect(events.seen).toContainEqual({ type: 'notification.created', userId: editor.id });
      expect(events.seen).toContainEqual({ type: 'comments.changed', articleId: s.id });

      const reply = await h.caller(editor).workflow.comments.add({
        articleId: s.id,
        parentId: added.id,
        body: 'সূত্র যোগ করেছি।',
        anchor: { from: 1, to: 2, quote: 'x' },
      });
      expect(reply.parentId).toBe(added.id);

      await h.caller(editor).workflow.comments.resolve({ id: reply.id });
      let thread = await h.caller(desk).workflow.comments.list({ id: s.id });
      expect(thread).toHaveLength(2);
      expect(thread[0]).toMatchObject({
        id: added.id,
        anchor: { from: 3, to: 12, quote: 'বাজেট পাস' },
        authorName: 'মনি ম্যানেজার',
        resolvedByName: 'রহিম উদ্দিন',
      });
      expect(thread[0].resolvedAt).toBeInstanceOf(Date);
      expect(thread[1]).toMatchObject({ parentId: added.id, anchor: null });

      await h.caller(manager).workflow.comments.reopen({ id: added.id });
      thread = await h.caller(manager).workflow.comments.list({ id: s.id });
      expect(thread[0].resolvedAt).toBeNull();

      const audit = await h.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.entityId, s.id));
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining(['article.comment', 'article.comment_resolve', 'article.comment_reopen']),
      );
    });

    it('refuses an empty comment and a reply to a comment on another story', async () => {
      const a = await story();
      const b = await story();
      expect(
        (await errorOf(h.caller(editor).workflow.comments.add({ articleId: a.id, body: '  ' }))).code,
      ).toBe('BAD_REQUEST');
      const onA = await h.caller(editor).workflow.comments.add({ articleId: a.id, body: 'ঠিক আছে' });
      const error = await errorOf(
        h.caller(editor).workflow.comments.add({ articleId: b.id, parentId: onA.id, body: 'উত্তর' }),
      );
      expect(error.code).toBe('NOT_FOUND');
    });
  });

  it('the review queue lists stories in review, oldest first', async () => {
    const first = await story();
    const second = await story();
    const v2 = await h
      .caller(editor)
      .workflow.submit({ id: second.id, version: second.version, note: 'দ্বিতীয়' });
    const v1 = await h.caller(editor).workflow.submit({ id: first.id, version: first.version });
    // Make `first` the older one regardless of the clock's resolution.
    await h.db
      .update(articles)
      .set({ statusChangedAt: new Date(Date.now() - 3_600_000) })
      .where(eq(articles.id, first.id));
    const queue = await h.caller(manager).workflow.queue();
    const ids = queue.map((q) => q.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    const row = queue.find((q) => q.id === second.id);
    expect(row).toMatchObject({ submittedBy: 'রহিম উদ্দিন', submitNote: 'দ্বিতীয়', version: v2.version });
    expect(row?.authors).toEqual(['রহিম উদ্দিন', 'করিম']);
    expect(queue.every((q) => q.waitingSince instanceof Date)).toBe(true);
    // Once decided, a story leaves the queue.
    await h.caller(manager).workflow.approve({ id: first.id, version: v1.version });
    expect((await h.caller(manager).workflow.queue()).some((q) => q.id === first.id)).toBe(false);
  });

  it('the history shows the timeline with who and when, not every save', async () => {
    const s = await story();
    const sub = await h.caller(editor).workflow.submit({ id: s.id, version: s.version });
    const app = await h.caller(manager).workflow.approve({ id: s.id, version: sub.version });
    const pub = await h.caller(editor).workflow.publish({ id: s.id, version: app.version });
    await h.caller(manager).workflow.unpublish({ id: s.id, version: pub.version, reason: 'ভুল' });
    await h.caller(editor).workflow.comments.add({ articleId: s.id, body: 'মন্তব্য' });
    const history = await h.caller(desk).workflow.history({ id: s.id });
    expect(history.map((e) => [e.action, e.actorName])).toEqual([
      ['article.create', creator.name],
      ['article.submit', editor.name],
      ['article.approve', manager.name],
      ['article.publish', editor.name],
      ['article.unpublish', manager.name],
    ]);
    expect(history[4].meta).toMatchObject({ reason: 'ভুল' });
  });

  it('comments never reach the public site or its feeds', async () => {
    const s = await story();
    const secret = 'গোপন-সম্পাদকীয়-মন্তব্য-৪২';
    await h.caller(manager).workflow.comments.add({ articleId: s.id, body: secret });
    const version = await forceStatus(h, s.id, 'approved');
    const published = await h.caller(editor).workflow.publish({ id: s.id, version });
    const server: FastifyInstance = await buildApp({
      config: h.config,
      database: h.database,
      events: h.events,
    });
    try {
      const paths = [
        `/article/${s.id}/${published.slug}`,
        `/api/public/articles/${s.id}`,
        '/api/public/articles',
        '/',
        '/rss.xml',
        '/sitemap.xml',
        '/news-sitemap.xml',
      ];
      const page = await server.inject(paths[0]);
      expect(page.statusCode).toBe(200);
      for (const path of paths) {
        const res = await server.inject(path);
        expect(res.body, path).not.toContain(secret);
      }
    } finally {
      await server.close();
    }
  });
});
