import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleStatus } from '../../../shared/articles/status';
import { type ArticleAction, checkTransition, TRANSITIONS } from '../../../shared/articles/transitions';
import { ROLES, type Role } from '../../../shared/roles';
import { articleRevisions, articles, auditLog } from '../../db/schema';
import type { BartaEvent } from '../../events/bus';
import { createStory, detailsOf, errorOf, forceStatus, versionOf } from '../../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../../test/harness';
import { appRouter } from '../../trpc/router';

type Verb = Extract<
  ArticleAction,
  'submit' | 'approve' | 'send_back' | 'publish' | 'unpublish' | 'archive' | 'reopen'
>;
const VERBS: Verb[] = ['submit', 'approve', 'send_back', 'publish', 'unpublish', 'archive', 'reopen'];

describe('workflow transitions', () => {
  let h: TestHarness;
  const users = {} as Record<Role, TestUser>;
  let author: TestUser;

  beforeAll(async () => {
    h = await createTestHarness();
    for (const role of ROLES) users[role] = await h.makeUser(role);
    author = await h.makeUser('editor');
  });
  afterAll(() => h.close());

  function call(user: TestUser, verb: Verb, id: string, version: number) {
    const w = h.caller(user).workflow;
    switch (verb) {
      case 'submit':
        return w.submit({ id, version, note: 'দেখে দিন' });
      case 'approve':
        return w.approve({ id, version });
      case 'send_back':
        return w.sendBack({ id, version, note: 'সূত্র যোগ করুন' });
      case 'publish':
        return w.publish({ id, version });
      case 'unpublish':
        return w.unpublish({ id, version, reason: 'আইনি কারণে' });
      case 'archive':
        return w.archive({ id, version });
      case 'reopen':
        return w.reopen({ id, version });
    }
  }

  const cases = VERBS.flatMap((verb) => {
    const from: readonly ArticleStatus[] =
      verb === 'publish' ? [...TRANSITIONS.publish.from, 'unpublished'] : TRANSITIONS[verb].from;
    return from.flatMap((status) => ROLES.map((role) => [verb, status, role] as const));
  });

  it.each(cases)('%s from %s as %s', async (verb, status, role) => {
    const story = await createStory(h, author);
    const version = await forceStatus(h, story.id, status);
    const expected = checkTransition(status, role, verb);
    if (!expected.ok) {
      const error = await errorOf(call(users[role], verb, story.id, version));
      expect(error.code).toBe('FORBIDDEN');
      const [row] = await h.db.select().from(articles).where(eq(articles.id, story.id));
      expect(row.status).toBe(status);
      return;
    }
    const result = await call(users[role], verb, story.id, version);
    expect(result).toMatchObject({ id: story.id, status: expected.to, version: version + 1 });
    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, story.id), eq(auditLog.action, `article.${verb}`)));
    expect(audit).toMatchObject({
      actorId: users[role].id,
      entityType: 'article',
      before: { status },
      after: { status: expected.to },
    });
  });

  it('refuses a transition the state does not allow, naming the state', async () => {
    const story = await createStory(h, author);
    const error = await errorOf(
      h.caller(users.manager).workflow.approve({ id: story.id, version: story.version }),
    );
    expect(error.code).toBe('PRECONDITION_FAILED');
    expect(error.message).toBe('“Approve” is not possible while the story is draft.');
  });

  it('keeps the submit note and the send-back note on record; send back needs a note', async () => {
    const story = await createStory(h, author);
    const submitted = await h
      .caller(author)
      .workflow.submit({ id: story.id, version: story.version, note: ' দেখুন ' });
    const empty = await errorOf(
      h.caller(users.manager).workflow.sendBack({ id: story.id, version: submitted.version, note: '  ' }),
    );
    expect(empty.code).toBe('BAD_REQUEST');
    await h
      .caller(users.manager)
      .workflow.sendBack({ id: story.id, version: submitted.version, note: 'শিরোনাম বদলান' });
    const rows = await h.db
      .select({ action: auditLog.action, meta: auditLog.meta })
      .from(auditLog)
      .where(eq(auditLog.entityId, story.id))
      .orderBy(auditLog.id);
    expect(rows.map((r) => r.action)).toEqual(['article.create', 'article.submit', 'article.send_back']);
    expect(rows[1].meta).toMatchObject({ note: 'দেখুন' });
    expect(rows[2].meta).toMatchObject({ note: 'শিরোনাম বদলান' });
  });

  it('unpublishing needs a reason and keeps it on record', async () => {
    const story = await createStory(h, author);
    const version = await forceStatus(h, story.id, 'published');
    expect(
      (await errorOf(h.caller(users.manager).workflow.unpublish({ id: story.id, version, reason: '' }))).code,
    ).toBe('BAD_REQUEST');
    await h.caller(users.manager).workflow.unpublish({ id: story.id, version, reason: 'ভুল তথ্য' });
    const [row] = await h.db
      .select({ meta: auditLog.meta })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, story.id), eq(auditLog.action, 'article.unpublish')));
    expect(row.meta).toMatchObject({ reason: 'ভুল তথ্য' });
  });

  describe('a stale transition', () => {
    it('two managers approve and send back at once: the second is refused', async () => {
      const story = await createStory(h, author);
      const { version } = await h.caller(author).workflow.submit({ id: story.id, version: story.version });
      const other = await h.makeUser('manager', { name: 'দ্বিতীয় ম্যানেজার' });
      const results = await Promise.allSettled([
        h.caller(users.manager).workflow.approve({ id: story.id, version }),
        h.caller(other).workflow.sendBack({ id: story.id, version, note: 'আরও তথ্য দরকার' }),
      ]);
      const fulfilled = results.filter((r) => r.status === 'fulfilled');
      const rejected = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
      expect(fulfilled).toHaveLength(1);
      expect(rejected).toHaveLength(1);
      expect(rejected[0].reason.code).toBe('CONFLICT');
      expect(detailsOf(rejected[0].reason)).toMatchObject({ kind: 'stale_transition', version: version + 1 });
      // Exactly one decision is recorded.
      const decisions = await h.db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(and(eq(auditLog.entityId, story.id)));
      expect(
        decisions.filter((d) => d.action === 'article.approve' || d.action === 'article.send_back'),
      ).toHaveLength(1);
    });

    it('refuses in sequence too, naming who acted first', async () => {
      const story = await createStory(h, author);
      const { version } = await h.caller(author).workflow.submit({ id: story.id, version: story.version });
      await h.caller(users.manager).workflow.approve({ id: story.id, version });
      const error = await errorOf(
        h.caller(users.admin).workflow.sendBack({ id: story.id, version, note: 'না' }),
      );
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain(users.manager.name);
      expect(error.message).toContain('approved');
    });
  });

  describe('publish', () => {
    it('records published_at, freezes the slug, keeps a publish revision and says so live', async () => {
      const seen: BartaEvent[] = [];
      const stop = h.events.subscribe((e) => seen.push(e));
      const story = await createStory(h, author);
      const version = await forceStatus(h, story.id, 'approved');
      const result = await h.caller(author).workflow.publish({ id: story.id, version });
      stop();
      expect(result.status).toBe('published');
      const [row] = await h.db.select().from(articles).where(eq(articles.id, story.id));
      expect(row.publishedAt).toBeInstanceOf(Date);
      expect(row.slugAuto).toBe(false);
      const [revision] = await h.db
        .select()
        .from(articleRevisions)
        .where(eq(articleRevisions.articleId, story.id))
        .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.version))
        .limit(1);
      expect(revision).toMatchObject({ reason: 'publish', version: row.version, createdBy: author.id });
      expect(seen).toContainEqual({
        type: 'article.changed',
        articleId: story.id,
        status: 'published',
        version: row.version,
      });
    });

    it('keeps the first publication date when a reviewer publishes it again', async () => {
      const story = await createStory(h, author);
      let version = await forceStatus(h, story.id, 'approved');
      const first = await h.caller(author).workflow.publish({ id: story.id, version });
      version = (
        await h
          .caller(users.manager)
          .workflow.unpublish({ id: story.id, version: first.version, reason: 'ভুল' })
      ).version;
      const editorTry = await errorOf(h.caller(author).workflow.publish({ id: story.id, version }));
      expect(editorTry.code).toBe('FORBIDDEN');
      const again = await h.caller(users.manager).workflow.publish({ id: story.id, version });
      expect(again.publishedAt?.toISOString()).toBe(first.publishedAt?.toISOString());
      const [row] = await h.db.select().from(articles).where(eq(articles.id, story.id));
      expect(row.publicUpdatedAt).toBeInstanceOf(Date);
    });

    it('refuses a story that fails the checklist and changes nothing', async () => {
      const story = await createStory(h, author, { summary: '', sectionId: null });
      const version = await forceStatus(h, story.id, 'approved');
      const error = await errorOf(h.caller(author).workflow.publish({ id: story.id, version }));
      expect(error.code).toBe('PRECONDITION_FAILED');
      const items = detailsOf(error).items as { id: string; ok: boolean }[];
      expect(items.filter((i) => !i.ok).map((i) => i.id)).toEqual(['section', 'summary']);
      expect(error.message).toContain('Choose a section for the story.');
      expect(error.message).toContain('Write a summary.');
      expect(await versionOf(h, story.id)).toBe(version);
      const audit = await h.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, story.id), eq(auditLog.action, 'article.publish')));
      expect(audit).toHaveLength(0);
    });
  });

  describe('editing an approved story', () => {
    async function approvedStory() {
      const story = await createStory(h, author);
      const version = await forceStatus(h, story.id, 'approved');
      const editor = await h.caller(author).articles.get({ id: story.id });
      return { id: story.id, version, editor };
    }
    const save = (user: TestUser, s: Awaited<ReturnType<typeof approvedStory>>) =>
      h.caller(user).articles.save({
        id: s.id,
        baseVersion: s.version,
        mode: 'save',
        tabId: 'tab-workflow',
        content: { ...s.editor, summary: 'নতুন সারাংশ' },
      });

    it('sends it back to review when an editor edits it', async () => {
      expect((await save(author, await approvedStory())).status).toBe('in_review');
    });

    it('keeps it approved when a manager edits it', async () => {
      expect((await save(users.manager, await approvedStory())).status).toBe('approved');
    });

    it('keeps it approved when the newsroom turns the rule off (APPROVED_EDITS_NEED_REVIEW=false)', async () => {
      h.config.approvedEditsNeedReview = false;
      try {
        expect((await save(author, await approvedStory())).status).toBe('approved');
      } finally {
        h.config.approvedEditsNeedReview = true;
      }
    });
  });

  it('gates each procedure by exactly the right its transition needs', () => {
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { meta?: { access: string } } }
    >;
    const path: Record<Verb, string> = {
      submit: 'workflow.submit',
      approve: 'workflow.approve',
      send_back: 'workflow.sendBack',
      publish: 'workflow.publish',
      unpublish: 'workflow.unpublish',
      archive: 'workflow.archive',
      reopen: 'workflow.reopen',
    };
    for (const verb of VERBS) expect(procedures[path[verb]]._def.meta?.access).toBe(TRANSITIONS[verb].right);
  });
});
