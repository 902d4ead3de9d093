import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { articleRevisions, articles, collabDocuments } from '../../db/schema';
import { EventBus } from '../../events/bus';
import { PgRelay } from '../../events/pg-relay';
import { type CollabClient, connectCollab, eventually, listenWithCollab } from '../../test/collab-client';
import { createStory, doc, paragraph } from '../../test/factories';
import { createTestHarness, silentLog, type TestHarness, type TestUser } from '../../test/harness';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** Two Barta instances on one PostgreSQL, each with its own event bus and LISTEN/NOTIFY relay. */
describe.skipIf(!onPostgres)('co-editing across two instances', () => {
  let h: TestHarness;
  const instances: { app: FastifyInstance; relay: PgRelay; port: number }[] = [];
  let editors: TestUser[];
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    h = await createTestHarness();
    const url = h.database.pool?.options.connectionString as string;
    // The third saves only after a long pause: the others write the snapshots.
    for (const debounceMs of [60, 60, 30_000]) {
      const events = new EventBus();
      const relay = new PgRelay({ connectionString: url, pool: h.database.pool!, events, log: silentLog });
      await relay.start();
      const { app, port } = await listenWithCollab(h, { debounceMs, maxDebounceMs: debounceMs * 5 }, events);
      instances.push({ app, relay, port });
    }
    editors = [await h.makeUser('editor'), await h.makeUser('editor'), await h.makeUser('editor')];
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    for (const i of instances) {
      await i.app.close();
      await i.relay.stop();
    }
    await h?.close();
  });

  const connect = (user: TestUser, articleId: string, instance: number) => {
    const c = connectCollab({ port: instances[instance].port, token: user.sessionToken, articleId });
    clients.push(c);
    return c;
  };
  const firstText = (c: CollabClient) =>
    (c.doc.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText;
  const text = (c: CollabClient) => c.doc.getXmlFragment('body').toString();

  it('carries typing, presence and a long paste between editors on different instances', async () => {
    const s = await createStory(h, editors[0], { body: doc(paragraph('দুই সার্ভার।')) });
    const a = connect(editors[0], s.id, 0);
    const b = connect(editors[1], s.id, 1);
    await Promise.all([a.synced, b.synced]);
    a.provider.setAwarenessField('user', { name: 'রহিম' });
    firstText(a).insert(0, 'রহিম এখানে। ');
    firstText(b).insert(firstText(b).length, ' করিম ওখানে।');
    await eventually(
      () => text(a) === text(b) && text(a).includes('রহিম') && text(a).includes('করিম'),
      5_000,
      'convergence',
    );
    await eventually(
      () => [...b.provider.awareness!.getStates().values()].some((st) => st.user?.name === 'রহিম'),
      5_000,
      'presence across instances',
    );
    // Larger than a notification can carry: it goes through the database.
    const paste = 'দীর্ঘ অনুচ্ছেদ। '.repeat(400);
    firstText(b).insert(0, paste);
    await eventually(() => text(a).includes(paste), 5_000, 'the long paste');
    await eventually(
      async () => {
        const [row] = await h.db
          .select({ bodyText: articles.bodyText })
          .from(articles)
          .where(eq(articles.id, s.id));
        return (
          row.bodyText.includes('রহিম এখানে') &&
          row.bodyText.includes('করিম ওখানে') &&
          row.bodyText.includes(paste.trim())
        );
      },
      10_000,
      'the snapshot',
    );
    // Someone opening the story on the other instance gets what is typed there, saved or not.
    firstText(a).insert(0, 'এখনই। ');
    const late = connect(editors[2], s.id, 1);
    await late.synced;
    await eventually(() => text(late) === text(a), 5_000, 'the late joiner');
  });

  it('names someone who typed on another instance in the snapshot this one writes', async () => {
    const s = await createStory(h, editors[0], { body: doc(paragraph('কে লিখল?')) });
    const slow = connect(editors[0], s.id, 2);
    const fast = connect(editors[1], s.id, 0);
    await Promise.all([slow.synced, fast.synced]);
    firstText(slow).insert(0, 'ধীরের লেখা। ');
    await eventually(() => text(fast).includes('ধীরের লেখা'), 5_000, 'the relayed typing');
    // Recorded in the stored document before it was applied, though not yet saved.
    const [stored] = await h.db
      .select({ contributors: collabDocuments.contributors })
      .from(collabDocuments)
      .where(eq(collabDocuments.articleId, s.id));
    expect(Object.keys(stored.contributors)).toContain(editors[0].id);
    firstText(fast).insert(firstText(fast).length, ' দ্রুতের লেখা।');
    const latest = async () => {
      const [r] = await h.db
        .select()
        .from(articleRevisions)
        .where(eq(articleRevisions.articleId, s.id))
        .orderBy(desc(articleRevisions.createdAt))
        .limit(1);
      return r;
    };
    await eventually(
      async () => JSON.stringify((await latest())?.snapshot ?? '').includes('দ্রুতের লেখা'),
      10_000,
      'the fast instance’s snapshot',
    );
    const revision = await latest();
    expect(JSON.stringify(revision.snapshot)).toContain('ধীরের লেখা');
    expect(new Set(revision.contributorIds)).toEqual(new Set([editors[0].id, editors[1].id]));
    slow.destroy();
    fast.destroy();
  });
});
