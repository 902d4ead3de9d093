import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleContentInput } from '../../../shared/articles/schemas';
import { articleLocks, articleRevisions, articles, auditLog } from '../../db/schema';
import type { BartaEvent } from '../../events/bus';
import { detailsOf, errorOf, paragraphs } from '../../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../../test/harness';

const TAB_A = 'tab-aaaaaaaa';
const TAB_B = 'tab-bbbbbbbb';

function content(overrides: Partial<ArticleContentInput> = {}): ArticleContentInput {
  return {
    headline: 'ইলন মাস্ক ঋণ নিচ্ছেন',
    kicker: '',
    summary: '',
    byline: 'কাগজ ডেস্ক',
    sectionId: null,
    body: paragraphs('প্রথম অনুচ্ছেদ।'),
    ...overrides,
  };
}

describe('articles', () => {
  let h: TestHarness;
  let admin: TestUser;
  let manager: TestUser;
  let editor: TestUser;
  let other: TestUser;
  beforeAll(async () => {
    h = await createTestHarness();
    admin = await h.makeUser('admin');
    manager = await h.makeUser('manager');
    editor = await h.makeUser('editor', { name: 'রহিম উদ্দিন' });
    other = await h.makeUser('editor', { name: 'করিম মিয়া' });
  });
  afterAll(() => h.close());

  async function create(user: TestUser = editor, overrides: Partial<ArticleContentInput> = {}) {
    return h.caller(user).articles.create(content(overrides));
  }
  async function stored(id: string) {
    const [row] = await h.db.select().from(articles).where(eq(articles.id, id));
    return row;
  }

  it('creates a draft with a transliterated, unique, never-empty slug and audits it', async () => {
    const first = await create();
    expect(first.slug).toBe('ilon-mask-rin-nichchhen');
    const second = await create();
    expect(second.slug).toBe('ilon-mask-rin-nichchhen-2');
    const untitled = await create(editor, { headline: '' });
    expect(untitled.slug).toMatch(/^story(-\d+)?$/);
    const [audit] = await h.db.select().from(auditLog).where(eq(auditLog.entityId, first.id));
    expect(audit).toMatchObject({ action: 'article.create', actorId: editor.id });
    const got = await h.caller(editor).articles.get({ id: first.id });
    expect(got.authorIds).toEqual([editor.id]);
  });

  it('gives stories created at the same moment with one headline each their own slug', async () => {
    // Two desks filing the same breaking headline at once: each allocation sees the
    // slugs already committed, so without serialising, both would pick the same one.
    const headline = 'একই মুহূর্তে একই শিরোনাম';
    const created = await Promise.all(Array.from({ length: 8 }, () => create(editor, { headline })));
    const base = 'ekoi-muhurte-ekoi-shironam';
    expect(new Set(created.map((c) => c.slug))).toEqual(
      new Set([base, ...Array.from({ length: 7 }, (_, i) => `${base}-${i + 2}`)]),
    );
  });

  it('creates an empty draft from nothing, as the New story button does', async () => {
    const blank = await h.caller(editor).articles.create({});
    const got = await h.caller(editor).articles.get({ id: blank.id });
    expect(got).toMatchObject({ headline: '', status: 'draft', version: 1 });
    expect(got.body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('refuses a hand-typed slug another story uses, and keeps the slug once edited by hand', async () => {
    const a = await create(editor, { headline: 'স্লাগ পরীক্ষা এক' });
    const b = await create(editor, { headline: 'স্লাগ পরীক্ষা দুই' });
    const clash = await errorOf(
      h.caller(editor).articles.save({
        id: b.id,
        baseVersion: b.version,
        mode: 'save',
        tabId: TAB_A,
        content: content({ headline: 'স্লাগ পরীক্ষা দুই', slug: a.slug }),
      }),
    );
    expect(clash.code).toBe('CONFLICT');
    expect(clash.message).toContain(a.slug);
    const custom = await h.caller(editor).articles.save({
      id: b.id,
      baseVersion: b.version,
      mode: 'save',
      tabId: TAB_A,
      content: content({ headline: 'স্লাগ পরীক্ষা দুই', slug: 'my-own-slug' }),
    });
    expect(custom.slug).toBe('my-own-slug');
    const renamed = await h.caller(editor).articles.save({
      id: b.id,
      baseVersion: custom.version,
      mode: 'save',
      tabId: TAB_A,
      content: content({ headline: 'একেবারে নতুন শিরোনাম', slug: 'my-own-slug' }),
    });
    expect(renamed.slug).toBe('my-own-slug');
  });

  it('stores every text NFC-normalized', async () => {
    const nfd = (s: string) => s.normalize('NFD');
    const { id } = await create(editor, {
      headline: nfd('কোয়ালিশন সরকার'),
      summary: nfd('সারাংশ য়'),
      tags: [nfd('রাজনীতি')],
      body: paragraphs(nfd('দেশের রাজনীতিতে নতুন মোড় য়')),
    });
    const row = await stored(id);
    expect(row.headline).toBe('কোয়ালিশন সরকার'.normalize('NFC'));
    expect(row.headline).not.toBe(nfd('কোয়ালিশন সরকার'));
    expect(row.summary).toBe('সারাংশ য়'.normalize('NFC'));
    expect(row.tags).toEqual(['রাজনীতি'.normalize('NFC')]);
    expect(row.bodyText).toBe('দেশের রাজনীতিতে নতুন মোড় য়'.normalize('NFC'));
    expect(JSON.stringify(row.body)).toContain('দেশের রাজনীতিতে নতুন মোড় য়'.normalize('NFC'));
  });

  it('refuses a stale save with CONFLICT and the newer version, leaving the stored text untouched', async () => {
    const { id, version } = await create();
    const mine = await h.caller(editor).articles.save({
      id,
      baseVersion: version,
      mode: 'autosave',
      tabId: TAB_A,
      content: content({ body: paragraphs('আমার লেখা') }),
    });
    expect(mine.version).toBe(version + 1);
    const stale = await errorOf(
      h.caller(editor).articles.save({
        id,
        baseVersion: version,
        mode: 'autosave',
        tabId: TAB_A,
        content: content({ body: paragraphs('পুরোনো সংস্করণ থেকে লেখা') }),
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    const details = detailsOf(stale);
    expect(details).toMatchObject({ kind: 'stale_save', version: mine.version, updatedBy: 'রহিম উদ্দিন' });
    expect((details.content as { bodyText: string }).bodyText).toBe('আমার লেখা');
    const row = await stored(id);
    expect(row.version).toBe(mine.version);
    expect(row.bodyText).toBe('আমার লেখা');
  });

  it('rejects bodies with script-bearing or unknown nodes, or javascript: links, naming the problem', async () => {
    const { id, version } = await create();
    const bad: Array<[unknown, RegExp]> = [
      [
        { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] }] },
        /script/i,
      ],
      [{ type: 'doc', content: [{ type: 'iframe', attrs: { src: 'https://evil.example' } }] }, /iframe/i],
      [
        {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                {
                  type: 'text',
                  text: 'x',
                  marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
                },
              ],
            },
          ],
        },
        /link|address/i,
      ],
      [
        {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'blink' }] }] },
          ],
        },
        /blink/i,
      ],
    ];
    for (const [badBody, message] of bad) {
      const error = await errorOf(
        h.caller(editor).articles.save({
          id,
          baseVersion: version,
          mode: 'save',
          tabId: TAB_A,
          content: content({ body: badBody }),
        }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toMatch(message);
    }
    const row = await stored(id);
    expect(row.version).toBe(version);
    expect(row.bodyText).toBe('প্রথম অনুচ্ছেদ।');
  });

  it('coalesces autosaves per user into one revision, adds one per explicit save, and restores one as new', async () => {
    const { id, version } = await create();
    const save = (baseVersion: number, text: string, mode: 'autosave' | 'save', user = editor) =>
      h
        .caller(user)
        .articles.save({ id, baseVersion, mode, tabId: TAB_A, content: content({ body: paragraphs(text) }) });
    const v2 = await save(version, 'এক', 'autosave');
    const v3 = await save(v2.version, 'এক দুই', 'autosave');
    const v4 = await save(v3.version, 'এক দুই তিন', 'autosave');
    let revisions = await h.caller(editor).articles.revisions({ id });
    expect(revisions.map((r) => [r.reason, r.version])).toEqual([
      ['autosave', v4.version],
      ['create', 1],
    ]);
    const v5 = await save(v4.version, 'এক দুই তিন চার', 'save');
    const v6 = await save(v5.version, 'পাঁচ', 'autosave');
    revisions = await h.caller(editor).articles.revisions({ id });
    expect(revisions.map((r) => r.reason)).toEqual(['autosave', 'save', 'autosave', 'create']);

    // An autosave revision older than five minutes is not extended.
    await h.db
      .update(articleRevisions)
      .set({ createdAt: sql`now() - interval '6 minutes'` })
      .where(and(eq(articleRevisions.articleId, id), eq(articleRevisions.version, v6.version)));
    const v7 = await save(v6.version, 'ছয়', 'autosave');
    revisions = await h.caller(editor).articles.revisions({ id });
    expect(revisions.filter((r) => r.reason === 'autosave')).toHaveLength(3);

    // Another user's autosave starts their own revision.
    const v8 = await save(v7.version, 'সাত', 'autosave', other);
    revisions = await h.caller(editor).articles.revisions({ id });
    expect(revisions[0]).toMatchObject({
      reason: 'autosave',
      version: v8.version,
      createdByName: 'করিম মিয়া',
    });

    const saved = revisions.find((r) => r.reason === 'save')!;
    const restored = await h.caller(editor).articles.restoreRevision({
      id,
      revisionId: saved.id,
      baseVersion: v8.version,
      tabId: TAB_A,
    });
    expect(restored.version).toBe(v8.version + 1);
    expect((await stored(id)).bodyText).toBe('এক দুই তিন চার');
    revisions = await h.caller(editor).articles.revisions({ id });
    expect(revisions[0]).toMatchObject({ reason: 'restore', version: restored.version });
    // Nothing was rewound: the text before the restore is still in the history.
    const before = await h.caller(editor).articles.revision({ id, revisionId: revisions[1].id });
    expect((before.snapshot as { bodyText: string }).bodyText).toBe('সাত');

    const staleRestore = await errorOf(
      h
        .caller(editor)
        .articles.restoreRevision({ id, revisionId: saved.id, baseVersion: v8.version, tabId: TAB_A }),
    );
    expect(staleRestore.code).toBe('CONFLICT');
  });

  it('restores a revision even when its old hand-typed slug now belongs to another story', async () => {
    const story = await create(editor, { headline: 'পুরোনো শিরোনাম' });
    const v2 = await h.caller(editor).articles.save({
      id: story.id,
      baseVersion: story.version,
      mode: 'save',
      tabId: TAB_A,
      content: content({ headline: 'পুরোনো শিরোনাম', slug: 'old-hand-slug' }),
    });
    const v3 = await h.caller(editor).articles.save({
      id: story.id,
      baseVersion: v2.version,
      mode: 'save',
      tabId: TAB_A,
      content: content({ headline: 'নতুন শিরোনাম', slug: 'new-hand-slug' }),
    });
    await create(editor, { headline: 'অন্য খবর', slug: 'old-hand-slug' });
    const revisions = await h.caller(editor).articles.revisions({ id: story.id });
    const old = revisions.find((r) => r.version === v2.version)!;
    const restored = await h.caller(editor).articles.restoreRevision({
      id: story.id,
      revisionId: old.id,
      baseVersion: v3.version,
      tabId: TAB_A,
    });
    expect(restored.slug).toBe('new-hand-slug');
    expect((await stored(story.id)).headline).toBe('পুরোনো শিরোনাম');
  });

  it('lets one tab hold the edit lock; another may take it over, and the first tab can no longer save', async () => {
    const { id, version } = await create();
    const events: BartaEvent[] = [];
    const stop = h.events.subscribe((event) => events.push(event));
    const a = await h.caller(editor).articles.acquireLock({ id, tabId: TAB_A });
    expect(a.held).toBe(true);
    const b = await h.caller(other).articles.acquireLock({ id, tabId: TAB_B });
    expect(b).toMatchObject({ held: false, holder: { name: 'রহিম উদ্দিন', userId: editor.id } });
    // The same user in a second tab does not hold it either.
    expect((await h.caller(editor).articles.acquireLock({ id, tabId: TAB_B })).held).toBe(false);

    const locked = await errorOf(
      h
        .caller(other)
        .articles.save({ id, baseVersion: version, mode: 'autosave', tabId: TAB_B, content: content() }),
    );
    expect(locked.code).toBe('CONFLICT');
    expect(detailsOf(locked)).toMatchObject({ kind: 'locked', holder: 'রহিম উদ্দিন' });

    events.length = 0;
    const taken = await h.caller(other).articles.takeOverLock({ id, tabId: TAB_B });
    expect(taken).toMatchObject({ userId: other.id, tabId: TAB_B });
    expect(events).toContainEqual({ type: 'lock.changed', articleId: id });
    const heartbeat = await h.caller(editor).articles.heartbeatLock({ id, tabId: TAB_A });
    expect(heartbeat).toMatchObject({ held: false, holder: { name: 'করিম মিয়া' } });
    const late = await errorOf(
      h
        .caller(editor)
        .articles.save({ id, baseVersion: version, mode: 'autosave', tabId: TAB_A, content: content() }),
    );
    expect(late.code).toBe('CONFLICT');
    expect(detailsOf(late).kind).toBe('locked');
    const [audit] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'article.take_over')));
    expect(audit).toMatchObject({ actorId: other.id, before: { holder: 'রহিম উদ্দিন' } });

    // After two minutes of silence the lock is free for anyone.
    await h.db
      .update(articleLocks)
      .set({ heartbeatAt: sql`now() - interval '121 seconds'` })
      .where(eq(articleLocks.articleId, id));
    expect((await h.caller(editor).articles.acquireLock({ id, tabId: TAB_A })).held).toBe(true);
    await h.caller(editor).articles.releaseLock({ id, tabId: TAB_A });
    expect((await h.caller(editor).articles.get({ id })).lock).toBeNull();
    stop();
  });

  it('duplicates a story as a new draft with its own slug', async () => {
    const source = await create(editor, { headline: 'মূল খবর', tags: ['ক', 'খ'] });
    const copy = await h.caller(other).articles.duplicate({ id: source.id });
    expect(copy.id).not.toBe(source.id);
    expect(copy.slug).toBe(`${source.slug}-2`);
    const row = await stored(copy.id);
    expect(row).toMatchObject({ headline: 'মূল খবর', tags: ['ক', 'খ'], status: 'draft', version: 1 });
  });

  it('bins, restores and purges by the rules: managers restore, admins purge, published stories never purged', async () => {
    const { id } = await create();
    await h.caller(editor).articles.delete({ id });
    expect((await stored(id)).deletedAt).not.toBeNull();
    const bin = await h.caller(editor).articles.recent({ deleted: true });
    expect(bin.items.map((i) => i.id)).toContain(id);
    const live = await h.caller(editor).articles.recent({});
    expect(live.items.map((i) => i.id)).not.toContain(id);
    const save = await errorOf(
      h.caller(editor).articles.save({ id, baseVersion: 1, mode: 'save', tabId: TAB_A, content: content() }),
    );
    expect(save.code).toBe('NOT_FOUND');

    expect((await errorOf(h.caller(editor).articles.restore({ id }))).code).toBe('FORBIDDEN');
    expect((await errorOf(h.caller(manager).articles.purge({ id }))).code).toBe('FORBIDDEN');
    await h.caller(manager).articles.restore({ id });
    expect((await stored(id)).deletedAt).toBeNull();
    const purgeLive = await errorOf(h.caller(admin).articles.purge({ id }));
    expect(purgeLive.code).toBe('PRECONDITION_FAILED');

    await h.caller(editor).articles.delete({ id });
    await h.caller(admin).articles.purge({ id });
    expect(await stored(id)).toBeUndefined();

    // A story that was ever published may be binned by a manager but never purged.
    const published = await create(editor, { headline: 'প্রকাশিত খবর' });
    await h.db
      .update(articles)
      .set({ status: 'published', publishedAt: sql`now()` })
      .where(eq(articles.id, published.id));
    const editorDelete = await errorOf(h.caller(editor).articles.delete({ id: published.id }));
    expect(editorDelete.code).toBe('FORBIDDEN');
    await h.caller(manager).articles.delete({ id: published.id });
    const purgePublished = await errorOf(h.caller(admin).articles.purge({ id: published.id }));
    expect(purgePublished.code).toBe('PRECONDITION_FAILED');
    expect(await stored(published.id)).toBeDefined();
  });

  it('restores a binned story under a new slug when its old one was taken meanwhile', async () => {
    const first = await create(editor, { headline: 'একই শিরোনাম বিন' });
    await h.caller(editor).articles.delete({ id: first.id });
    const second = await create(editor, { headline: 'একই শিরোনাম বিন' });
    expect(second.slug).toBe(first.slug);
    await h.caller(manager).articles.restore({ id: first.id });
    const row = await stored(first.id);
    expect(row.slug).not.toBe(first.slug);
    expect(row.slug.startsWith(first.slug)).toBe(true);
  });
});
