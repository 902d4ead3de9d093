import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleLocks, articleRevisions, articles } from '../../db/schema';
import { detailsOf, errorOf } from '../../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../../test/harness';
import type { ArticleSnapshot } from './revisions';

// Same user, several tabs: every text a save replaces stays in the revisions.

const TAB_A = 'tab-aaaaaaaa';
const TAB_B = 'tab-bbbbbbbb';
const TAB_C = 'tab-cccccccc';

const content = (text: string) => ({
  headline: 'এক প্রতিবেদক, অনেক ট্যাব',
  kicker: '',
  summary: '',
  byline: 'কাগজ ডেস্ক',
  sectionId: null,
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
});

describe('never lose a sentence: revisions and locks across tabs', () => {
  let h: TestHarness;
  let editor: TestUser;
  let other: TestUser;
  beforeAll(async () => {
    h = await createTestHarness();
    editor = await h.makeUser('editor', { name: 'রহিম উদ্দিন' });
    other = await h.makeUser('editor', { name: 'করিম মিয়া' });
  });
  afterAll(() => h.close());

  const save = (user: TestUser, id: string, tabId: string, baseVersion: number, text: string) =>
    h.caller(user).articles.save({ id, baseVersion, mode: 'autosave', tabId, content: content(text) });

  /** Every body text kept in the story's revisions, oldest first. */
  async function revisionTexts(id: string): Promise<string[]> {
    const rows = await h.db
      .select({ snapshot: articleRevisions.snapshot })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, id))
      .orderBy(asc(articleRevisions.createdAt), asc(articleRevisions.version));
    return rows.map((r) => (r.snapshot as ArticleSnapshot).bodyText);
  }

  /** The story's text now is always the newest revision's. */
  async function expectLatestRevisionIsCurrent(id: string) {
    const [story] = await h.db
      .select({ bodyText: articles.bodyText })
      .from(articles)
      .where(eq(articles.id, id));
    expect((await revisionTexts(id)).at(-1)).toBe(story.bodyText);
  }

  it('same user, two tabs, conflict and Keep mine: both texts are in the revisions', async () => {
    const story = await h.caller(editor).articles.create(content('শুরু।'));
    // Both tabs opened version 1; tab A holds the lock and autosaves.
    expect((await h.caller(editor).articles.acquireLock({ id: story.id, tabId: TAB_A })).held).toBe(true);
    const a1 = await save(editor, story.id, TAB_A, story.version, 'ট্যাব ক-এর প্রথম বাক্য।');
    const a2 = await save(editor, story.id, TAB_A, a1.version, 'ট্যাব ক-এর প্রথম বাক্য। দ্বিতীয় বাক্য।');
    // Tab B takes over and saves on the version it opened: refused as stale.
    await h.caller(editor).articles.takeOverLock({ id: story.id, tabId: TAB_B });
    const stale = await errorOf(save(editor, story.id, TAB_B, story.version, 'ট্যাব খ-এর বাক্য।'));
    expect(stale.code).toBe('CONFLICT');
    expect(detailsOf(stale)).toMatchObject({ kind: 'stale_save', version: a2.version });
    // Keep mine: the same autosave, now on the newer version.
    const b = await save(editor, story.id, TAB_B, a2.version, 'ট্যাব খ-এর বাক্য।');
    expect(b.version).toBe(a2.version + 1);

    const texts = await revisionTexts(story.id);
    expect(texts).toContain('ট্যাব ক-এর প্রথম বাক্য। দ্বিতীয় বাক্য।');
    expect(texts).toContain('ট্যাব খ-এর বাক্য।');
    // Tab A's two autosaves were consecutive: one revision, not two.
    expect(texts).not.toContain('ট্যাব ক-এর প্রথম বাক্য।');
    await expectLatestRevisionIsCurrent(story.id);

    // The history panel lists both, by the same person.
    const listed = await h.caller(editor).articles.revisions({ id: story.id });
    expect(listed.slice(0, 2).map((r) => [r.reason, r.version, r.createdByName])).toEqual([
      ['autosave', b.version, 'রহিম উদ্দিন'],
      ['autosave', a2.version, 'রহিম উদ্দিন'],
    ]);
  });

  it('a take-over keeps the replaced text as a revision, whoever takes over', async () => {
    for (const taker of [editor, other]) {
      const story = await h.caller(editor).articles.create(content('শুরু।'));
      await h.caller(editor).articles.acquireLock({ id: story.id, tabId: TAB_A });
      const a = await save(editor, story.id, TAB_A, story.version, 'যে লেখা বদলে যাবে।');
      await h.caller(taker).articles.takeOverLock({ id: story.id, tabId: TAB_B });
      // The old tab's save after the take-over is refused (its text stays on its device).
      const late = await errorOf(save(editor, story.id, TAB_A, a.version, 'দেরিতে পৌঁছানো লেখা।'));
      expect(late.code).toBe('CONFLICT');
      const b = await save(taker, story.id, TAB_B, a.version, 'নতুন লেখা।');
      await save(taker, story.id, TAB_B, b.version, 'নতুন লেখা, আরও।');
      const texts = await revisionTexts(story.id);
      expect(texts).toEqual(['শুরু।', 'যে লেখা বদলে যাবে।', 'নতুন লেখা, আরও।']);
      await expectLatestRevisionIsCurrent(story.id);
    }
  });

  it('coalesces only consecutive autosaves from one tab: a restored device copy or a return starts anew', async () => {
    const story = await h.caller(editor).articles.create(content('শুরু।'));
    await h.caller(editor).articles.acquireLock({ id: story.id, tabId: TAB_A });
    const a = await save(editor, story.id, TAB_A, story.version, 'ক');
    // Tab C restores a copy another tab left on the device and saves it.
    await h.caller(editor).articles.takeOverLock({ id: story.id, tabId: TAB_C });
    const c = await save(editor, story.id, TAB_C, a.version, 'ডিভাইসে রাখা লেখা');
    // Tab A takes the story back and autosaves: it must not extend its old revision.
    await h.caller(editor).articles.takeOverLock({ id: story.id, tabId: TAB_A });
    const a2 = await save(editor, story.id, TAB_A, c.version, 'ক খ');
    await save(editor, story.id, TAB_A, a2.version, 'ক খ গ');
    expect(await revisionTexts(story.id)).toEqual(['শুরু।', 'ক', 'ডিভাইসে রাখা লেখা', 'ক খ গ']);
    await expectLatestRevisionIsCurrent(story.id);
  });

  it('takes back your own lock from a tab that no longer beats, without asking; someone else’s still asks', async () => {
    const story = await h.caller(editor).articles.create(content('শুরু।'));
    const { id } = story;
    expect((await h.caller(editor).articles.acquireLock({ id, tabId: TAB_A })).held).toBe(true);
    // Tab A just beat: another tab of the same user asks like anyone else...
    expect((await h.caller(editor).articles.acquireLock({ id, tabId: TAB_B })).held).toBe(false);
    // ...unless it names tab A as gone (the browser saw it close or crash).
    expect((await h.caller(other).articles.acquireLock({ id, tabId: TAB_C, replaceTabId: TAB_A })).held).toBe(
      false,
    );
    expect(
      (await h.caller(editor).articles.acquireLock({ id, tabId: TAB_B, replaceTabId: TAB_C })).held,
    ).toBe(false);
    const back = await h.caller(editor).articles.acquireLock({ id, tabId: TAB_B, replaceTabId: TAB_A });
    expect(back).toMatchObject({ held: true, holder: { userId: editor.id, tabId: TAB_B } });
    // The reopened tab saves at once.
    await save(editor, id, TAB_B, story.version, 'আবার খোলা ট্যাবের লেখা।');

    // A tab silent for 46 s (closed, crashed, offline) is yours to take back; not another person's.
    const silence = (seconds: number) =>
      h.db
        .update(articleLocks)
        .set({ heartbeatAt: sql`now() - make_interval(secs => ${seconds})` })
        .where(and(eq(articleLocks.articleId, id)));
    await silence(46);
    expect((await h.caller(other).articles.acquireLock({ id, tabId: TAB_C })).held).toBe(false);
    expect((await h.caller(editor).articles.acquireLock({ id, tabId: TAB_A })).held).toBe(true);
    // A tab that still beats (10 s ago) keeps it.
    await silence(10);
    expect((await h.caller(editor).articles.acquireLock({ id, tabId: TAB_B })).held).toBe(false);
    // Between different people the wait stays two minutes.
    await silence(121);
    expect((await h.caller(other).articles.acquireLock({ id, tabId: TAB_C })).held).toBe(true);
  });
});
