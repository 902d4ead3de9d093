import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type * as Y from 'yjs';
import { articles } from '../../db/schema';
import { EventBus } from '../../events/bus';
import { PgRelay } from '../../events/pg-relay';
import { buildApp } from '../../http/app';
import { type CollabClient, connectCollab, eventually } from '../../test/collab-client';
import { createTestHarness, silentLog, type TestHarness, type TestUser } from '../../test/harness';
import { createStory, doc, paragraph } from '../workflow/test-helpers';

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
    for (let i = 0; i < 2; i++) {
      const events = new EventBus();
      const relay = new PgRelay({ connectionString: url, pool: h.database.pool!, events, log: silentLog });
      await relay.start();
      const app = await buildApp({
        config: h.config,
        database: h.database,
        events,
        collab: { debounceMs: 60, maxDebounceMs: 300 },
      });
      await app.listen({ port: 0, host: '127.0.0.1' });
      instances.push({ app, relay, port: (app.server.address() as AddressInfo).port });
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
});
