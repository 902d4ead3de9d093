import { and, eq } from 'drizzle-orm';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { articleRevisions, articles } from '../../db/schema';
import { type CollabClient, connectCollab, eventually, listenWithCollab } from '../../test/collab-client';
import { createStory, doc, errorOf, paragraph } from '../../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../../test/harness';
import { mergeSequences } from './merge-outside-write';

/**
 * A write from outside the collaboration (an API client, a restore, a bulk edit) into a
 * story open for co-editing. Snapshots wait for a long pause here, so what collaborators
 * type is still unsaved when the outside write arrives.
 */
let h: TestHarness;
let app: FastifyInstance;
let port: number;
let editor: TestUser;
let manager: TestUser;
const clients: CollabClient[] = [];

beforeAll(async () => {
  h = await createTestHarness();
  ({ app, port } = await listenWithCollab(h, { debounceMs: 60_000, maxDebounceMs: 60_000 }));
  editor = await h.makeUser('editor');
  manager = await h.makeUser('manager');
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await app.close();
  await h.close();
});

async function row(id: string) {
  const [r] = await h.db.select().from(articles).where(eq(articles.id, id));
  return r;
}

const paragraphText = (c: CollabClient, i: number) =>
  ((c.doc.getXmlFragment('body').get(i) as Y.XmlElement).get(0) as Y.XmlText).toString();
const blocks = (c: CollabClient) => c.doc.getXmlFragment('body').toArray() as Y.XmlElement[];

/** Opens a story with two paragraphs; the collaborator types into the second, the headline and the summary. */
async function openAndType() {
  const s = await createStory(h, editor, {
    headline: 'পুরনো শিরোনাম',
    body: doc(paragraph('প্রথম অনুচ্ছেদ।'), paragraph('দ্বিতীয় অনুচ্ছেদ।')),
  });
  // A second version, so that there is an older one to be stale on.
  await h.caller(editor).articles.save({
    id: s.id,
    baseVersion: s.version,
    mode: 'save',
    tabId: 'editor-tab-1',
    content: contentOf(await row(s.id), { summary: 'সারাংশ।' }),
  });
  const c = connectCollab({ port, token: editor.sessionToken, articleId: s.id });
  clients.push(c);
  await c.synced;
  const version = (await row(s.id)).version;
  const second = blocks(c)[1];
  (second.get(0) as Y.XmlText).insert(0, 'সহলেখকের ');
  const headline = c.doc.getText('headline');
  headline.insert(headline.length, ' চলছে');
  c.doc.getText('summary').insert(0, 'আরও ');
  await c.settled();
  return { s, c, version, second };
}

function contentOf(r: Awaited<ReturnType<typeof row>>, change: Record<string, unknown>) {
  return {
    headline: r.headline,
    kicker: r.kicker,
    summary: r.summary,
    byline: r.byline,
    sectionId: r.sectionId,
    tags: r.tags,
    body: r.body,
    ...change,
  };
}

describe('a write from outside the collaboration', () => {
  it('merges three ways: each side’s changes kept, both insertions there', () => {
    const chars = (s: string) => Array.from(s);
    expect(mergeSequences(chars('abcdef'), chars('abXcdef'), chars('abcdeYf')).join('')).toBe('abXcdeYf');
    expect(mergeSequences(chars('abcdef'), chars('abcdef'), chars('xyz')).join('')).toBe('xyz');
    // Deleted by the outside write, untouched by the collaborator: gone; typed next to it: kept.
    expect(mergeSequences(chars('abcdef'), chars('abcdZef'), chars('abf')).join('')).toBe('abZf');
  });

  it('merges any two edits of one text: nothing either kept is lost, nothing either deleted comes back', () => {
    let next = 0x4e00;
    const fresh = () => String.fromCodePoint(next++);
    const edits = fc.array(
      fc.record({ insert: fc.boolean(), at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }),
      {
        maxLength: 12,
      },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), edits, edits, (size, mine, yours) => {
        const base = Array.from({ length: size }, fresh);
        const apply = (list: typeof mine) => {
          const out = [...base];
          const added: string[] = [];
          for (const e of list) {
            if (e.insert || out.length === 0) {
              const chars = Array.from({ length: e.length }, fresh);
              added.push(...chars);
              out.splice(e.at % (out.length + 1), 0, ...chars);
            } else out.splice(e.at % out.length, e.length);
          }
          // What a side typed and then deleted itself was never there for the other.
          return { out, added: added.filter((c) => out.includes(c)) };
        };
        const ours = apply(mine);
        const theirs = apply(yours);
        const merged = mergeSequences(base, ours.out, theirs.out);
        const kept = base.filter((c) => ours.out.includes(c) && theirs.out.includes(c));
        expect([...merged].sort()).toEqual([...kept, ...ours.added, ...theirs.added].sort());
        // Each side's own order survives.
        for (const side of [ours.out, theirs.out]) {
          const order = merged.filter((c) => side.includes(c));
          expect(order).toEqual(side.filter((c) => merged.includes(c)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is refused when stale, and when current changes only its fields, keeping what collaborators typed', async () => {
    const { s, c, version, second } = await openAndType();
    const before = await row(s.id);
    expect(before.version).toBe(version);
    expect(before.bodyText).not.toContain('সহলেখকের');

    const stale = await errorOf(
      h.caller(manager).articles.save({
        id: s.id,
        baseVersion: version - 1,
        mode: 'save',
        tabId: 'api-client-1',
        content: contentOf(before, { headline: 'পুরোনো সংস্করণ থেকে' }),
      }),
    );
    expect(stale.code).toBe('CONFLICT');

    // Which shared fields the outside write touches, as a collaborator sees it.
    const touched = new Set<string>();
    const roots = new Map<unknown, string>([...c.doc.share].map(([name, type]) => [type, name]));
    c.doc.on('afterTransaction', (tr: Y.Transaction) => {
      for (const type of tr.changed.keys()) {
        let t = type as Y.AbstractType<unknown>;
        while (t._item) t = t._item.parent as Y.AbstractType<unknown>;
        touched.add(roots.get(t) ?? '?');
      }
    });
    await h.caller(manager).articles.save({
      id: s.id,
      baseVersion: version,
      mode: 'save',
      tabId: 'api-client-1',
      content: contentOf(before, {
        headline: 'নতুন শিরোনাম',
        body: doc(paragraph('প্রথম অনুচ্ছেদ, সম্পাদিত।'), paragraph('দ্বিতীয় অনুচ্ছেদ।'), paragraph('তৃতীয়।')),
      }),
    });
    await eventually(
      () => c.doc.getText('headline').toString().startsWith('নতুন'),
      5_000,
      'the outside write',
    );
    expect(c.doc.getText('headline').toString()).toBe('নতুন শিরোনাম চলছে');
    expect(blocks(c).map((_, i) => paragraphText(c, i))).toEqual([
      'প্রথম অনুচ্ছেদ, সম্পাদিত।',
      'সহলেখকের দ্বিতীয় অনুচ্ছেদ।',
      'তৃতীয়।',
    ]);
    // The paragraph the write left alone is the same element: not deleted and made again.
    expect(blocks(c)[1]).toBe(second);
    expect(c.doc.getText('summary').toString()).toBe('আরও সারাংশ।');
    // The slug follows the new headline; the summary, kicker and caption are left alone.
    expect([...touched].sort()).toEqual(['body', 'headline', 'meta']);
    expect(c.doc.getMap('meta').get('tags')).toEqual(before.tags);

    // The snapshot that follows holds both.
    await eventually(async () => (await row(s.id)).bodyText.includes('সহলেখকের'), 10_000, 'the snapshot');
    const saved = await row(s.id);
    expect(saved.headline).toBe('নতুন শিরোনাম চলছে');
    expect(saved.summary).toBe('আরও সারাংশ।');
    expect(saved.bodyText).toContain('প্রথম অনুচ্ছেদ, সম্পাদিত।');
    expect(saved.bodyText).toContain('তৃতীয়।');
    c.destroy();
  });

  it('restores a revision into the open document, and refuses a stale restore', async () => {
    const { s, c, version } = await openAndType();
    const [first] = await h.db
      .select({ id: articleRevisions.id })
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, s.id), eq(articleRevisions.version, version)));
    // Someone changes the kicker (a current write), then restores the revision before it.
    const current = await row(s.id);
    const before = current;
    await h.caller(manager).articles.save({
      id: s.id,
      baseVersion: version,
      mode: 'save',
      tabId: 'api-client-2',
      content: contentOf(current, { kicker: 'বিশেষ' }),
    });
    await eventually(() => c.doc.getText('kicker').toString() === 'বিশেষ', 5_000, 'the kicker');
    await eventually(async () => (await row(s.id)).version > version + 1, 10_000, 'the snapshot');
    const stale = await errorOf(
      h.caller(manager).articles.restoreRevision({
        id: s.id,
        revisionId: first.id,
        baseVersion: version,
        tabId: 'api-client-2',
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    const now = (await row(s.id)).version;
    c.doc.getText('summary').insert(0, 'শেষে ');
    await c.settled();
    await h
      .caller(manager)
      .articles.restoreRevision({ id: s.id, revisionId: first.id, baseVersion: now, tabId: 'api-client-2' });
    await eventually(() => c.doc.getText('kicker').toString() === before.kicker, 5_000, 'the restore');
    expect(c.doc.getText('headline').toString()).toBe('পুরনো শিরোনাম');
    expect(paragraphText(c, 1)).toBe('দ্বিতীয় অনুচ্ছেদ।');
    // The summary typed after the restored version is kept where the restore did not touch it.
    expect(c.doc.getText('summary').toString()).toContain('শেষে');
    c.destroy();
  });

  it('takes a bulk edit into the document, and skips a stale one', async () => {
    const { s, c, version } = await openAndType();
    const stale = await h
      .caller(editor)
      .stories.bulkAddTag({ items: [{ id: s.id, version: version - 1 }], tag: 'পুরনো' });
    expect(stale[0].outcome).not.toBe('done');
    const added = await h
      .caller(editor)
      .stories.bulkAddTag({ items: [{ id: s.id, version }], tag: 'নির্বাচন' });
    expect(added[0].outcome).toBe('done');
    await eventually(
      () => JSON.stringify(c.doc.getMap('meta').get('tags') ?? []).includes('নির্বাচন'),
      5_000,
      'the tag',
    );
    expect(paragraphText(c, 1)).toBe('সহলেখকের দ্বিতীয় অনুচ্ছেদ।');
    expect(c.doc.getText('headline').toString()).toBe('পুরনো শিরোনাম চলছে');
    await eventually(async () => (await row(s.id)).bodyText.includes('সহলেখকের'), 10_000, 'the snapshot');
    expect((await row(s.id)).tags).toContain('নির্বাচন');
    c.destroy();
  });
});
