import { createHash } from 'node:crypto';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { articleRevisions, articles } from '../db/schema';
import { makeImage, uploadRequest } from '../features/media/test-images';
import { cloneScheduled, countBy, waitFor } from '../features/schedule/schedule-test-helpers';
import { type CollabClient, connectCollab, eventually } from '../test/collab-client';
import { approvedStory, createStory, doc, paragraph } from '../test/factories';
import { freePort } from '../test/free-port';
import { createTestHarness, type TestHarness, type TestUser } from '../test/harness';
import { startS3Server, type TestS3Server } from '../test/s3-server';
import { Balancer, Instance, sleep } from './cluster';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
// `npm run drill` sets MULTI_INSTANCE_DRILL=full: more stories and a longer load.
const full = process.env.MULTI_INSTANCE_DRILL === 'full';
const BURST = full ? 300 : 60;
const LOAD_WORKERS = full ? 6 : 3;
const KEYSTROKES = full ? 160 : 60;

/**
 * Types `sentence` a character at a time at this person's own cursor (a relative
 * position, as an editor keeps it), every `everyMs`, whether connected or not.
 */
async function typeAlong(client: CollabClient, sentence: string, at: 'start' | 'end', everyMs: number) {
  const text = () => (client.doc.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText;
  let cursor = Y.createRelativePositionFromTypeIndex(text(), at === 'start' ? 0 : text().length);
  for (const char of sentence) {
    const index = Y.createAbsolutePositionFromRelativePosition(cursor, client.doc)?.index ?? text().length;
    text().insert(index, char);
    cursor = Y.createRelativePositionFromTypeIndex(text(), index + char.length);
    await sleep(everyMs);
  }
}

/**
 * Three Barta processes on one PostgreSQL database and one S3 store (s3rver), as
 * several app servers behind a load balancer would run.
 */
describe.skipIf(!onPostgres)('three instances on one PostgreSQL and one S3 store', () => {
  let h: TestHarness;
  let s3: TestS3Server;
  let editor: TestUser;
  let cookie: Record<string, string>;
  let a: Instance;
  let b: Instance;
  let c: Instance;

  beforeAll(async () => {
    h = await createTestHarness();
    s3 = await startS3Server('barta-drill-media');
    editor = await h.makeUser('editor');
    cookie = { cookie: `barta_session=${editor.sessionToken}` };
    const env = {
      ...s3.env(),
      DATABASE_URL: h.database.pool?.options.connectionString as string,
      LOG_LEVEL: 'warn',
      DRAIN_DELAY_MS: '500',
      SHUTDOWN_TIMEOUT_MS: '15000',
    };
    const ports = [await freePort(), await freePort(), await freePort()];
    [a, b, c] = ['A', 'B', 'C'].map((name, i) => new Instance(name, ports[i], env));
    for (const i of [a, b, c]) i.start();
    await Promise.all([a, b, c].map((i) => i.ready()));
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a, b, c].map((i) => i?.stop('SIGKILL')));
    await s3?.stop();
    await h?.close();
  });

  it('serves an image uploaded through A from B and from C', async () => {
    const upload = await fetch(
      `${a.base}/trpc/media.upload`,
      uploadRequest(await makeImage('jpeg', { width: 1000, height: 700 }), 'সংসদ.jpg', {
        ...cookie,
        origin: a.base,
      }),
    );
    expect(upload.status, await upload.clone().text()).toBe(200);
    const { previewSrc } = (await upload.json()).result.data.media as { previewSrc: string };
    const digests = await Promise.all(
      [a, b, c].map(async (i) => {
        const res = await fetch(`${i.base}${previewSrc}`);
        expect(res.status, `${i.name} ${previewSrc}`).toBe(200);
        expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
        return createHash('sha256')
          .update(Buffer.from(await res.arrayBuffer()))
          .digest('hex');
      }),
    );
    expect(new Set(digests).size).toBe(1);
  });

  it('shows a story published on A on B within a second, and sends its live event to a client on C', async () => {
    const story = await approvedStory(h, editor);
    // A dashboard's live stream, held open on C.
    const controller = new AbortController();
    const stream = await fetch(`${c.base}/trpc/live.events`, {
      headers: { ...cookie, accept: 'text/event-stream' },
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    let received = '';
    const reading = (async () => {
      const decoder = new TextDecoder();
      const reader = stream.body!.getReader();
      try {
        for (let r = await reader.read(); !r.done; r = await reader.read())
          received += decoder.decode(r.value);
      } catch {}
    })();
    await sleep(300);

    const published = await fetch(`${a.base}/trpc/workflow.publish`, {
      method: 'POST',
      headers: { ...cookie, origin: a.base, 'content-type': 'application/json' },
      body: JSON.stringify({ id: story.id, version: story.version }),
    });
    expect(published.status, await published.clone().text()).toBe(200);
    const committedAt = Date.now();
    const visibleAfter = await waitFor(
      async () => {
        const res = await fetch(`${b.base}/article/${story.id}`);
        await res.arrayBuffer();
        return res.status === 200;
      },
      1000,
      20,
    );
    expect(visibleAfter).toBeLessThan(1000);
    await waitFor(async () => received.includes(story.id), 3000, 20);
    console.log(
      `multi-instance: published on A, visible on B after ${visibleAfter} ms; live event on C within ${Date.now() - committedAt} ms`,
    );
    controller.abort();
    await reading;
  });

  it('keeps everything two editors on two instances type into one story, through a kill of one instance', {
    timeout: 180_000,
  }, async () => {
    const second = await h.makeUser('editor');
    const story = await createStory(h, editor, { body: doc(paragraph('।')) });
    const onA = connectCollab({ port: a.port, token: editor.sessionToken, articleId: story.id });
    const onC = connectCollab({ port: c.port, token: second.sessionToken, articleId: story.id });
    try {
      await Promise.all([onA.synced, onC.synced]);
      // Words long enough to tell apart, Bengali as the newsroom types it.
      const words = (who: string) =>
        Array.from({ length: Math.ceil(KEYSTROKES / 8) }, (_, i) => `${who}${i + 1}`).join(' ');
      const first = `${words('রহিম')} `.slice(0, KEYSTROKES);
      const other = ` ${words('করিম')}`.slice(0, KEYSTROKES);
      const typing = [typeAlong(onA, first, 'start', 40), typeAlong(onC, other, 'end', 45)];
      // Midway A dies without a word: its editor keeps typing offline, then reconnects.
      await sleep(KEYSTROKES * 20);
      expect((await a.stop('SIGKILL')).signal).toBe('SIGKILL');
      const killedAt = Date.now();
      a.start();
      await a.ready();
      const back = Date.now() - killedAt;
      await Promise.all(typing);
      const body = (client: CollabClient) => client.doc.getXmlFragment('body').toString();
      await eventually(
        () => body(onA) === body(onC) && body(onA).includes(first) && body(onA).includes(other),
        30_000,
        'both editors to hold both sentences',
      );
      // The saved revision (one of the instances' snapshots) holds both and names both.
      await eventually(
        async () => {
          const [r] = await h.db
            .select({ bodyText: articles.bodyText })
            .from(articles)
            .where(eq(articles.id, story.id));
          return r.bodyText.includes(first.trim()) && r.bodyText.includes(other.trim());
        },
        30_000,
        'the snapshot',
      );
      const revisions = await h.db
        .select()
        .from(articleRevisions)
        .where(eq(articleRevisions.articleId, story.id))
        .orderBy(asc(articleRevisions.createdAt));
      const saved = JSON.stringify(revisions.at(-1)?.snapshot);
      expect(saved).toContain(first.trim());
      expect(saved).toContain(other.trim());
      // Each revision that holds more of someone's sentence than the one before names them:
      // one typed before '।' and the other after it, neither deleted anything.
      const typedIn = (snapshot: unknown) => {
        const body = (snapshot as { body: { content: { content?: { text: string }[] }[] } }).body;
        const text = (body.content[0].content ?? []).map((t) => t.text).join('');
        const [before, after] = text.split('।');
        return { [editor.id]: before.length, [second.id]: (after ?? '').length };
      };
      let previous = { [editor.id]: 0, [second.id]: 0 };
      const named = new Set<string>();
      for (const revision of revisions) {
        const now = typedIn(revision.snapshot);
        for (const person of [editor.id, second.id]) {
          if (now[person] > previous[person]) expect(revision.contributorIds ?? []).toContain(person);
        }
        for (const id of revision.contributorIds ?? []) named.add(id);
        previous = now;
      }
      expect(named).toEqual(new Set([editor.id, second.id]));
      console.log(
        `multi-instance co-editing: ${first.length + other.length} characters typed on A and C, A killed and back in ${back} ms, nothing lost`,
      );
    } finally {
      onA.destroy();
      onC.destroy();
    }
  });

  it(`publishes a burst of ${BURST} scheduled stories exactly once while B is killed midway`, {
    timeout: 180_000,
  }, async () => {
    const template = await approvedStory(h, editor);
    const ids = await cloneScheduled(
      h.db,
      template.id,
      BURST,
      `now() + interval '1 second' + (g * interval '${Math.round(4000 / BURST)} milliseconds')`,
    );
    await h.db.execute(
      sql`select pg_notify('barta_events', ${JSON.stringify({ from: 'drill', event: { type: 'schedule.changed' } })})`,
    );
    await sleep(2500);
    expect((await b.stop('SIGKILL')).signal).toBe('SIGKILL');
    const atKill = await countBy(
      h.db,
      sql`select status as key, count(*) as n from articles where id in ${ids} group by status`,
    );
    // The kill fell inside the burst: some stories were still waiting.
    expect(atKill.get('published') ?? 0).toBeLessThan(BURST);
    await waitFor(
      async () =>
        (
          await countBy(
            h.db,
            sql`select status as key, count(*) as n from articles where id in ${ids} group by status`,
          )
        ).get('published') === BURST,
      60_000,
      200,
    );
    const audits = await countBy(
      h.db,
      sql`select entity_id as key, count(*) as n from audit_log where action = 'article.publish' and entity_id in ${ids} group by entity_id`,
    );
    expect(audits.size).toBe(BURST);
    expect([...audits.values()].filter((n) => n !== 1)).toEqual([]);
    const revisions = await countBy(
      h.db,
      sql`select article_id::text as key, count(*) as n from article_revisions where reason = 'publish' and article_id in ${ids} group by article_id`,
    );
    expect(revisions.size).toBe(BURST);
    expect([...revisions.values()].filter((n) => n !== 1)).toEqual([]);
    b.start();
    await b.ready();
  });

  it('loses nothing and fails no request through a rolling restart of all three', {
    timeout: 300_000,
  }, async () => {
    const balancer = new Balancer([a, b, c]);
    balancer.start();
    await sleep(300);
    const failures: string[] = [];
    const created: string[] = [];
    let reads = 0;
    let stop = false;
    const worker = async (n: number) => {
      for (let k = 0; !stop; k++) {
        try {
          const write = await balancer.request(
            'POST',
            '/trpc/articles.create',
            cookie,
            JSON.stringify({ headline: `রোলিং ${n}-${k}` }),
          );
          if (write.status !== 200)
            failures.push(`create on ${write.instance}: ${write.status} ${write.body.slice(0, 200)}`);
          else created.push(JSON.parse(write.body).result.data.id);
          const read = await balancer.request('GET', '/trpc/auth.session', cookie);
          if (read.status !== 200) failures.push(`session on ${read.instance}: ${read.status}`);
          else reads++;
        } catch (error) {
          failures.push(`worker ${n}: ${(error as Error).message}`);
        }
      }
    };
    const workers = Array.from({ length: LOAD_WORKERS }, (_, n) => worker(n));
    const exits = [];
    for (const instance of [a, b, c]) {
      await sleep(full ? 3000 : 1000);
      exits.push(await instance.stop('SIGTERM'));
      instance.start();
      await instance.ready();
    }
    await sleep(1000);
    stop = true;
    await Promise.all(workers);
    balancer.stop();
    console.log(
      `multi-instance rolling restart: ${created.length} writes and ${reads} reads, ${failures.length} failed, ${balancer.refusedRetries} refused connections retried elsewhere`,
    );
    expect(exits).toEqual([
      { code: 0, signal: null },
      { code: 0, signal: null },
      { code: 0, signal: null },
    ]);
    expect(failures).toEqual([]);
    expect(created.length).toBeGreaterThan(10);
    const stored = await h.db.select({ id: articles.id }).from(articles).where(inArray(articles.id, created));
    expect(stored.length).toBe(created.length);
  });
});
