import { desc, eq } from 'drizzle-orm';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { validateBody } from '../../../shared/editor';
import { articleRevisions, articles, auditLog, collabDocuments } from '../../db/schema';
import { type CollabClient, connectCollab, eventually, listenWithCollab } from '../../test/collab-client';
import { createStory, doc, errorOf, forceStatus, paragraph } from '../../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../../test/harness';
import { loadCollabState, recordContributor, saveCollabSnapshot } from './collab-store';
import { bodyOfDoc } from './doc-content';

let h: TestHarness;
let app: FastifyInstance;
let port: number;
let editors: TestUser[];
let manager: TestUser;
let desk: TestUser;
let admin: TestUser;
const clients: CollabClient[] = [];

beforeAll(async () => {
  h = await createTestHarness();
  ({ app, port } = await listenWithCollab(h, { debounceMs: 60, maxDebounceMs: 300 }));
  editors = [await h.makeUser('editor'), await h.makeUser('editor'), await h.makeUser('editor')];
  manager = await h.makeUser('manager');
  desk = await h.makeUser('desk');
  admin = await h.makeUser('admin');
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await app.close();
  await h.close();
});

function connect(user: TestUser, articleId: string) {
  const client = connectCollab({ port, token: user.sessionToken, articleId });
  clients.push(client);
  return client;
}

async function story(text = 'শুরু।') {
  return createStory(h, editors[0], { body: doc(paragraph(text)) });
}

async function row(id: string) {
  const [r] = await h.db.select().from(articles).where(eq(articles.id, id));
  return r;
}

/** The first paragraph's text node of a client's body. */
function firstText(client: CollabClient): Y.XmlText {
  const paragraphNode = client.doc.getXmlFragment('body').get(0) as Y.XmlElement;
  return paragraphNode.get(0) as Y.XmlText;
}

const bodyText = (client: CollabClient) =>
  client.doc
    .getXmlFragment('body')
    .toArray()
    .map((p) =>
      (p as Y.XmlElement)
        .toArray()
        .map((t) => (t as Y.XmlText).toString())
        .join(''),
    )
    .join('\n');

/** Every inserted character is unique (CJK ideographs from a counter), so who deleted what is exact. */
let nextChar = 0x4e00;
const uniqueChars = (n: number) => Array.from({ length: n }, () => String.fromCodePoint(nextChar++)).join('');

type Field = 'body' | 'headline';
type Edit = { client: number; field: Field; insert: boolean; at: number; length: number; pause: number };
const editArb = (clientsCount: number) =>
  fc.record({
    client: fc.nat({ max: clientsCount - 1 }),
    field: fc.constantFrom<Field>('body', 'body', 'headline'),
    insert: fc.boolean(),
    at: fc.nat({ max: 1000 }),
    length: fc.integer({ min: 1, max: 4 }),
    pause: fc.nat({ max: 3 }),
  });

/** The shared text an edit goes to: the first paragraph of the body, or the headline. */
const target = (client: CollabClient, field: Field): Y.Text =>
  field === 'body' ? firstText(client) : client.doc.getText('headline');

async function runConcurrentEdits(count: number, edits: Edit[]) {
  const initial = { body: uniqueChars(3), headline: uniqueChars(3) };
  const s = await createStory(h, editors[0], {
    headline: initial.headline,
    body: doc(paragraph(initial.body)),
  });
  const people = editors.slice(0, count).map((u) => connect(u, s.id));
  await Promise.all(people.map((p) => p.synced));
  const inserted = { body: new Set([...initial.body]), headline: new Set([...initial.headline]) };
  const deleted = new Set<string>();
  // Each person types on their own schedule: edits overlap with what is in flight.
  await Promise.all(
    people.map(async (person, index) => {
      for (const edit of edits.filter((e) => e.client === index)) {
        const text = target(person, edit.field);
        const current = text.toString();
        // The headline stays within its limit (a longer one is refused, see below).
        const room = edit.field === 'body' || current.length + edit.length < 150;
        if ((edit.insert && room) || current.length === 0) {
          const chars = uniqueChars(edit.length);
          for (const c of chars) inserted[edit.field].add(c);
          text.insert(edit.at % (current.length + 1), chars);
        } else {
          const at = edit.at % current.length;
          const gone = current.slice(at, at + edit.length);
          for (const c of gone) deleted.add(c);
          text.delete(at, gone.length);
        }
        await new Promise((r) => setTimeout(r, edit.pause));
      }
    }),
  );
  await Promise.all(people.map((p) => p.settled()));
  const headlineOf = (p: CollabClient) => p.doc.getText('headline').toString();
  await eventually(
    () => new Set(people.map(bodyText)).size === 1 && new Set(people.map(headlineOf)).size === 1,
    20_000,
    'convergence',
  );
  // Every character typed and not deleted by anyone is there, once; nothing else is.
  const expected = (field: Field) => [...inserted[field]].filter((c) => !deleted.has(c)).sort();
  const final = bodyText(people[0]);
  expect([...final].sort()).toEqual(expected('body'));
  expect([...headlineOf(people[0])].sort()).toEqual(expected('headline'));
  // The snapshot reaches the story row, its revision and the stored document, and a save would accept it.
  await eventually(
    async () => {
      const r = await row(s.id);
      return r.bodyText === final && r.headline === headlineOf(people[0]);
    },
    20_000,
    'snapshot',
  );
  const saved = await row(s.id);
  expect(() => validateBody(saved.body)).not.toThrow();
  const [revision] = await h.db
    .select({ snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, s.id))
    .orderBy(desc(articleRevisions.createdAt))
    .limit(1);
  expect(() => validateBody((revision.snapshot as { body: unknown }).body)).not.toThrow();
  expect((revision.snapshot as { headline: string }).headline).toBe(saved.headline);
  const [stored] = await h.db
    .select({ state: collabDocuments.state })
    .from(collabDocuments)
    .where(eq(collabDocuments.articleId, s.id));
  const persisted = new Y.Doc();
  Y.applyUpdate(persisted, stored.state);
  expect(() => validateBody(bodyOfDoc(persisted))).not.toThrow();
  persisted.destroy();
  for (const p of people) p.destroy();
  return s.id;
}

describe('co-editing a story', () => {
  it('two and three people typing at once in the body and the headline converge, and keep every character nobody deleted', async () => {
    for (const count of [2, 3]) {
      await fc.assert(
        fc.asyncProperty(fc.array(editArb(count), { minLength: 5, maxLength: 40 }), async (edits) => {
          await runConcurrentEdits(count, edits);
        }),
        { numRuns: 4 },
      );
    }
  }, 180_000);

  it('saves snapshots through the one write path, naming everyone who typed', async () => {
    const s = await story('এক।');
    const [a, b] = [connect(editors[0], s.id), connect(editors[1], s.id)];
    await Promise.all([a.synced, b.synced]);
    firstText(a).insert(firstText(a).length, ' রহিম লিখলেন।');
    firstText(b).insert(0, 'করিম লিখলেন। ');
    await Promise.all([a.settled(), b.settled()]);
    await eventually(async () => {
      const t = (await row(s.id)).bodyText;
      return t.includes('রহিম লিখলেন') && t.includes('করিম লিখলেন');
    });
    const saved = await row(s.id);
    expect(saved.version).toBeGreaterThan(s.version);
    expect(saved.wordCount).toBeGreaterThan(1);
    const [revision] = await h.db
      .select()
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, s.id))
      .orderBy(desc(articleRevisions.createdAt))
      .limit(1);
    expect(new Set(revision.contributorIds)).toEqual(new Set([editors[0].id, editors[1].id]));
    expect(JSON.stringify(revision.snapshot)).toContain('করিম লিখলেন');
    const listed = await h.caller(manager).articles.revisions({ id: s.id });
    expect(new Set(listed[0].contributorNames)).toEqual(new Set([editors[0].name, editors[1].name]));
    const audits = await h.db.select().from(auditLog).where(eq(auditLog.entityId, s.id));
    expect(
      audits.some(
        (r) => r.action === 'article.autosave' && (r.meta as { collaborative?: boolean }).collaborative,
      ),
    ).toBe(true);
    a.destroy();
    b.destroy();
  });

  it('records who types in the stored document, and names them in a snapshot written after a restart', async () => {
    const s = await story('আগে।');
    const c = connect(editors[2], s.id);
    await c.synced;
    firstText(c).insert(0, 'তিন। ');
    await c.settled();
    await eventually(async () => (await row(s.id)).bodyText.startsWith('তিন।'), 5_000, 'the snapshot');
    const storedContributors = async () =>
      (
        await h.db
          .select({ contributors: collabDocuments.contributors })
          .from(collabDocuments)
          .where(eq(collabDocuments.articleId, s.id))
      )[0].contributors;
    // Named by that snapshot, so no longer pending.
    expect(await storedContributors()).toEqual({});
    c.destroy();

    // An instance recorded editors[0] and then died; its typing survived elsewhere (another
    // instance, here a copy of the document) and this server, restarted, saves it with
    // editors[1]'s: the revision names both.
    const state = await loadCollabState(h.db, s.id);
    await recordContributor(h.db, s.id, { id: editors[0].id, role: 'editor' });
    expect(Object.keys(await storedContributors())).toEqual([editors[0].id]);
    const survivor = new Y.Doc();
    Y.applyUpdate(survivor, state);
    const text = (survivor.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    text.insert(0, 'ক্র্যাশের আগে। ');
    text.insert(text.length, ' পরে।');
    const saved = await saveCollabSnapshot({
      db: h.db,
      config: h.config,
      articleId: s.id,
      doc: survivor,
      contributors: [{ id: editors[1].id, role: 'editor' }],
    });
    expect(saved.wrote).toBe(true);
    const [revision] = await h.db
      .select()
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, s.id))
      .orderBy(desc(articleRevisions.createdAt))
      .limit(1);
    expect(JSON.stringify(revision.snapshot)).toContain('ক্র্যাশের আগে');
    expect(new Set(revision.contributorIds)).toEqual(new Set([editors[0].id, editors[1].id]));
    expect(await storedContributors()).toEqual({});
    survivor.destroy();
  });

  it('refuses an update that would make a body the schema rejects, and keeps the document as it was', async () => {
    const s = await story('ঠিক আছে।');
    const good = connect(editors[1], s.id);
    const bad = connect(editors[0], s.id);
    await Promise.all([good.synced, bad.synced]);
    const script = new Y.XmlElement('script');
    script.insert(0, [new Y.XmlText('alert(1)')]);
    bad.doc.getXmlFragment('body').insert(0, [script]);
    await eventually(() => bad.closes.includes('refused'), 5_000, 'the refusal');
    // A good edit after the refusal still goes through; the bad one never arrives.
    firstText(good).insert(0, 'পরে। ');
    await good.settled();
    await eventually(async () => (await row(s.id)).bodyText.startsWith('পরে।'));
    const server = app.collab.hocuspocus.documents.get(`story:${s.id}`);
    expect(server?.getXmlFragment('body').toString()).not.toContain('script');
    expect(good.doc.getXmlFragment('body').toString()).not.toContain('script');
    expect(JSON.stringify((await row(s.id)).body)).not.toContain('script');
    good.destroy();
    bad.destroy();
  });

  it('refuses parts of the document that are not a story field, and text a save would refuse', async () => {
    const s = await story();
    const c = connect(editors[0], s.id);
    await c.synced;
    c.doc.getText('somethingElse').insert(0, 'x');
    await eventually(() => c.closes.includes('refused'), 5_000, 'refusal of an unknown field');
    c.destroy();
    const d = connect(editors[0], s.id);
    await d.synced;
    d.doc.getText('headline').insert(0, 'ক'.repeat(400));
    await eventually(() => d.closes.includes('refused'), 5_000, 'refusal of a too-long headline');
    d.destroy();
    expect((await row(s.id)).headline.length).toBeLessThan(400);
  });

  it('lets desk staff watch live but refuses their updates on the server', async () => {
    const s = await story('ডেস্ক দেখবে।');
    const writer = connect(editors[0], s.id);
    const watcher = connect(desk, s.id);
    await Promise.all([writer.synced, watcher.synced]);
    firstText(writer).insert(0, 'নতুন। ');
    await eventually(() => bodyText(watcher).startsWith('নতুন।'), 5_000, 'the live view');
    // The desk user's client writes anyway: the server does not apply it.
    firstText(watcher).insert(0, 'ডেস্কের লেখা ');
    await new Promise((r) => setTimeout(r, 400));
    expect(bodyText(writer)).not.toContain('ডেস্কের লেখা');
    const server = app.collab.hocuspocus.documents.get(`story:${s.id}`);
    expect(server?.getXmlFragment('body').toString()).not.toContain('ডেস্কের লেখা');
    await eventually(async () => (await row(s.id)).bodyText.startsWith('নতুন।'));
    expect((await row(s.id)).bodyText).not.toContain('ডেস্কের লেখা');
    writer.destroy();
    watcher.destroy();
  });

  it('tells a missing story and an ended session apart from lost rights', async () => {
    // The browser keeps a closed tab's copy of a missing story only for a while, and one of a signed-out person until they sign in.
    const missing = connect(editors[0], '00000000-0000-4000-8000-000000000000');
    await eventually(() => missing.closes.includes('gone'), 5_000, 'the missing story');
    const s = await story();
    const signedOut = connectCollab({ port, token: 'no-such-session', articleId: s.id });
    clients.push(signedOut);
    await eventually(() => signedOut.closes.includes('signed-out'), 5_000, 'the ended session');
  });

  it('disconnects a collaborator at once when their role changes or they are deactivated', async () => {
    const s = await story();
    const moved = await h.makeUser('editor');
    const leaving = await h.makeUser('editor');
    const a = connect(moved, s.id);
    const b = connect(leaving, s.id);
    await Promise.all([a.synced, b.synced]);
    await h.caller(admin).users.changeRole({ userId: moved.id, role: 'desk' });
    await eventually(() => a.closes.includes('rights'), 2_000, 'the role change');
    await h.caller(admin).users.setActive({ userId: leaving.id, active: false });
    await eventually(() => b.closes.includes('rights'), 2_000, 'the deactivation');
    a.destroy();
    // Back in, as desk: read-only.
    const again = connect(moved, s.id);
    await again.synced;
    firstText(again).insert(0, 'আর লেখা যাবে না ');
    await new Promise((r) => setTimeout(r, 300));
    const server = app.collab.hocuspocus.documents.get(`story:${s.id}`);
    expect(server?.getXmlFragment('body').toString()).not.toContain('আর লেখা যাবে না');
    a.destroy();
    b.destroy();
  });

  it('still refuses a stale save from outside the collaboration, and brings a current one into the document', async () => {
    const s = await story('আগের লেখা।');
    const base = (await row(s.id)).version;
    const c = connect(editors[0], s.id);
    await c.synced;
    firstText(c).insert(0, 'সহলেখা। ');
    await c.settled();
    await eventually(async () => (await row(s.id)).version > base, 5_000, 'the snapshot');
    const content = {
      headline: 'বাইরের শিরোনাম',
      kicker: '',
      summary: '',
      byline: 'কাগজ ডেস্ক',
      sectionId: (await row(s.id)).sectionId,
      body: doc(paragraph('এপিআই থেকে।')),
    };
    const stale = await errorOf(
      h
        .caller(manager)
        .articles.save({ id: s.id, baseVersion: base, mode: 'save', tabId: 'api-client-1', content }),
    );
    expect(stale.code).toBe('CONFLICT');
    const current = (await row(s.id)).version;
    await h
      .caller(manager)
      .articles.save({ id: s.id, baseVersion: current, mode: 'save', tabId: 'api-client-1', content });
    await eventually(
      () => c.doc.getText('headline').toString() === 'বাইরের শিরোনাম',
      5_000,
      'the outside write',
    );
    expect(bodyText(c)).toBe('এপিআই থেকে।');
    // The next co-edit builds on it instead of undoing it.
    firstText(c).insert(0, 'আবার। ');
    await c.settled();
    await eventually(
      async () => (await row(s.id)).bodyText === 'আবার। এপিআই থেকে।',
      5_000,
      'the next snapshot',
    );
    expect((await row(s.id)).headline).toBe('বাইরের শিরোনাম');
    c.destroy();
  });

  it('keeps a published story’s co-edits in its pending update until Publish update', async () => {
    const s = await story('প্রকাশিত লেখা।');
    const version = await forceStatus(h, s.id, 'approved');
    await h.caller(editors[0]).workflow.publish({ id: s.id, version });
    const c = connect(editors[1], s.id);
    await c.synced;
    firstText(c).insert(0, 'হালনাগাদ। ');
    await c.settled();
    await eventually(async () => (await row(s.id)).pending !== null, 5_000, 'the pending update');
    const live = await row(s.id);
    expect(live.bodyText).toBe('প্রকাশিত লেখা।');
    expect(JSON.stringify(live.pending)).toContain('হালনাগাদ।');
    c.destroy();
  });
});
