import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, auditLog, notifications, outbox } from '../../db/schema';
import { approvedStory, errorOf } from '../../test/factories';
import { createTestHarness, silentLog, type TestHarness, type TestUser } from '../../test/harness';
import { claimDuePublications } from './claim-publications';
import { claimDueUnpublications } from './claim-unpublications';
import { cloneScheduled, countBy, extraConnections, waitFor } from './schedule-test-helpers';
import { Scheduler } from './scheduler';

let h: TestHarness;
let desk: TestUser;
let editor: TestUser;
let templateId: string;

beforeAll(async () => {
  h = await createTestHarness();
  desk = await h.makeUser('desk');
  editor = await h.makeUser('editor');
  templateId = (await approvedStory(h, editor)).id;
});
afterAll(() => h.close());

const deps = () => ({ db: h.db, timeZone: 'Asia/Dhaka', instanceId: 'test' });

async function statuses(ids: string[]) {
  return countBy(
    h.db,
    sql`select status as key, count(*) as n from articles where id in ${ids} group by status`,
  );
}

async function auditCounts(ids: string[], action: string) {
  return countBy(
    h.db,
    sql`select entity_id as key, count(*) as n from audit_log where action = ${action} and entity_id in ${ids} group by entity_id`,
  );
}

describe('exactly once', () => {
  it('publishes each of hundreds of due stories once with several claimers at the same time', async () => {
    const ids = await cloneScheduled(h.db, templateId, 300, `now() - interval '1 second'`);
    const connections = await extraConnections(h, 4);
    try {
      // Four claimers, each draining in small batches, all at once.
      await Promise.all(
        connections.map(async (database) => {
          while ((await claimDuePublications({ ...deps(), db: database.db }, 7)).length > 0) {}
        }),
      );
    } finally {
      for (const c of connections) if (c !== h.database) await c.close();
    }
    expect(await statuses(ids)).toEqual(new Map([['published', 300]]));
    const audits = await auditCounts(ids, 'article.publish');
    expect(audits.size).toBe(300);
    expect([...audits.values()].every((n) => n === 1)).toBe(true);
    const revisions = await countBy(
      h.db,
      sql`select article_id::text as key, count(*) as n from article_revisions where reason = 'publish' and article_id in ${ids} group by article_id`,
    );
    expect([...revisions.values()].filter((n) => n === 1)).toHaveLength(300);
    const events = await countBy(
      h.db,
      sql`select payload->>'articleId' as key, count(*) as n from outbox where kind = 'event' and payload->>'status' = 'published' and payload->>'articleId' in ${ids} group by 1`,
    );
    expect([...events.values()].filter((n) => n === 1)).toHaveLength(300);
  });
});

describe('claimed ahead', () => {
  /**
   * Runs a scheduler that claims 800 ms ahead until every one of `ids` is published, and
   * returns each publication's commit time (Date.now()) with the story's due time.
   */
  async function publishAhead(ids: string[], withinMs: number) {
    const commits: { at: number; due: number }[] = [];
    const scheduler = new Scheduler({
      ...deps(),
      publishLeadMs: 800,
      events: h.events,
      log: silentLog,
      sweepMs: 60_000,
      onCommitted: ({ published, at }) => {
        for (const p of published) commits.push({ at, due: p.publishAt.getTime() });
      },
    });
    scheduler.start();
    try {
      await waitFor(async () => (await statuses(ids)).get('published') === ids.length, withinMs);
    } finally {
      await scheduler.stop();
    }
    return commits;
  }

  it('prepares a batch before its due time and commits it at the due second, never before, with the due time as its publication time', async () => {
    const ids = await cloneScheduled(h.db, templateId, 40, `now() + interval '1200 milliseconds'`);
    const commits = await publishAhead(ids, 5000);
    // Committed at or after the due time (the database and this process share a clock here).
    expect(commits).toHaveLength(40);
    for (const { at, due } of commits) expect(at).toBeGreaterThanOrEqual(due - 5);
    const rows = await h.db
      .select({ publishedAt: articles.publishedAt, publishAt: articles.publishAt })
      .from(articles)
      .where(inArray(articles.id, ids));
    for (const row of rows) expect(row.publishedAt?.getTime()).toBe(row.publishAt?.getTime());
  });

  it('publishes a story scheduled for the very moment its embargo lifts, though it is prepared before', async () => {
    const ids = await cloneScheduled(h.db, templateId, 3, `now() + interval '1200 milliseconds'`);
    await h.db.execute(sql`update articles set embargo_until = publish_at where id in ${ids}`);
    await publishAhead(ids, 5000);
    expect(await statuses(ids)).toEqual(new Map([['published', 3]]));
  });

  it('claims ahead only the stories of the next due moment, so a later one never holds back an earlier one', async () => {
    // Three moments 200 ms apart, all within one lead of each other.
    const ids: string[] = [];
    for (const ms of [1000, 1200, 1400])
      ids.push(...(await cloneScheduled(h.db, templateId, 5, `now() + interval '${ms} milliseconds'`)));
    const commits = await publishAhead(ids, 6000);
    expect(commits).toHaveLength(15);
    // Never early, and none kept waiting for a later moment (200 ms after it).
    for (const { at, due } of commits) {
      expect(at - due).toBeGreaterThanOrEqual(-5);
      expect(at - due).toBeLessThan(150);
    }
  });
});

describe('catch-up after a restart', () => {
  it('publishes every overdue story at start and records how late each was', async () => {
    const ids = await cloneScheduled(h.db, templateId, 20, `now() - interval '90 seconds'`);
    const scheduler = new Scheduler({ ...deps(), events: h.events, log: silentLog, sweepMs: 60_000 });
    scheduler.start();
    try {
      const took = await waitFor(async () => (await statuses(ids)).get('published') === 20, 2000);
      expect(took).toBeLessThan(2000);
    } finally {
      await scheduler.stop();
    }
    const rows = await h.db.select().from(auditLog).where(inArray(auditLog.entityId, ids));
    const publishes = rows.filter((r) => r.action === 'article.publish');
    expect(publishes).toHaveLength(20);
    for (const r of publishes) {
      expect((r.meta as { latenessMs: number }).latenessMs).toBeGreaterThanOrEqual(90_000);
      expect(r.actorId).toBeNull();
    }
  });

  it('wakes at the due time of a story scheduled while it sleeps, not at the sweep', async () => {
    const scheduler = new Scheduler({ ...deps(), events: h.events, log: silentLog, sweepMs: 60_000 });
    scheduler.start();
    try {
      await scheduler.idle();
      const story = await approvedStory(h, editor);
      const due = new Date(Date.now() + 1500);
      await h
        .caller(desk)
        .schedule.schedule({ id: story.id, version: story.version, publishAt: due.toISOString() });
      await waitFor(async () => (await statuses([story.id])).get('published') === 1, 4000);
      const [audit] = await h.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, story.id))
        .orderBy(sql`id desc`)
        .limit(1);
      expect(audit.action).toBe('article.publish');
      expect((audit.meta as { latenessMs: number }).latenessMs).toBeLessThan(1000);
    } finally {
      await scheduler.stop();
    }
  });
});

describe('the checklist at the due time', () => {
  it('moves a story that fails it to schedule_failed and tells desk and authors at once', async () => {
    const [id] = await cloneScheduled(h.db, templateId, 1, `now() - interval '1 second'`);
    await h.db.update(articles).set({ sectionId: null }).where(eq(articles.id, id));
    const outcomes = await claimDuePublications(deps());
    expect(outcomes.find((o) => o.id === id)?.status).toBe('schedule_failed');
    const [row] = await h.db.select().from(articles).where(eq(articles.id, id));
    expect(row.status).toBe('schedule_failed');
    expect(row.publishedAt).toBeNull();
    expect(JSON.stringify(row.scheduleError)).toMatch(/section/i);
    // Told through the outbox committed with the failure: exactly once.
    await h.drainOutbox();
    const told = await h.db.select().from(notifications).where(eq(notifications.articleId, id));
    const recipients = new Set(told.filter((n) => n.kind === 'schedule_failed').map((n) => n.userId));
    expect(recipients.has(desk.id)).toBe(true);
    expect(recipients.has(editor.id)).toBe(true);
    expect(told.find((n) => n.userId === desk.id)?.message).toMatch(
      /was not published at its scheduled time\. .*section/i,
    );
    // The checklist's reasons travel as their own texts, which the bell translates one by one.
    expect(told.find((n) => n.userId === desk.id)?.notice).toMatchObject({
      key: 'scheduleFailed',
      reasons: expect.arrayContaining([expect.stringMatching(/section/i)]),
    });
    expect(await auditCounts([id], 'article.schedule_failed')).toEqual(new Map([[id, 1]]));
    expect(await auditCounts([id], 'article.publish')).toEqual(new Map());
  });

  it('does not publish a story still under embargo', async () => {
    const [id] = await cloneScheduled(h.db, templateId, 1, `now() - interval '1 second'`);
    await h.db
      .update(articles)
      .set({ embargoUntil: new Date(Date.now() + 3_600_000) })
      .where(eq(articles.id, id));
    await claimDuePublications(deps());
    const [row] = await h.db.select().from(articles).where(eq(articles.id, id));
    expect(row.status).toBe('schedule_failed');
    expect(JSON.stringify(row.scheduleError)).toMatch(/embargo/);
  });
});

describe('unschedule racing with the due time', () => {
  it('either unschedules or publishes, never both', async () => {
    const outcomes = { unscheduled: 0, published: 0 };
    for (let i = 0; i < 12; i++) {
      const story = await approvedStory(h, editor);
      const s = await h.caller(desk).schedule.schedule({
        id: story.id,
        version: story.version,
        publishAt: new Date(Date.now() + 400).toISOString(),
      });
      await new Promise((r) => setTimeout(r, 380 + (i % 4) * 10));
      const [claim, unschedule] = await Promise.allSettled([
        (async () => {
          await new Promise((r) => setTimeout(r, 20));
          return claimDuePublications(deps());
        })(),
        h.caller(desk).schedule.unschedule({ id: story.id, version: s.version }),
      ]);
      expect(claim.status).toBe('fulfilled');
      await claimDuePublications(deps());
      const [row] = await h.db.select().from(articles).where(eq(articles.id, story.id));
      const published = (await auditCounts([story.id], 'article.publish')).get(story.id) ?? 0;
      const unscheduled = (await auditCounts([story.id], 'article.unschedule')).get(story.id) ?? 0;
      if (unschedule.status === 'fulfilled') {
        expect(row.status).toBe('approved');
        expect([published, unscheduled]).toEqual([0, 1]);
        outcomes.unscheduled++;
      } else {
        expect(['CONFLICT', 'PRECONDITION_FAILED']).toContain(
          (await errorOf(Promise.reject(unschedule.reason))).code,
        );
        expect(row.status).toBe('published');
        expect([published, unscheduled]).toEqual([1, 0]);
        outcomes.published++;
      }
    }
    expect(outcomes.unscheduled + outcomes.published).toBe(12);
  });
});

describe('scheduled unpublish', () => {
  it('takes a story down at its expiry, once', async () => {
    const [id] = await cloneScheduled(h.db, templateId, 1, `now() - interval '1 second'`);
    await claimDuePublications(deps());
    await h.db
      .update(articles)
      .set({ unpublishAt: sql`now() - interval '1 second'` })
      .where(eq(articles.id, id));
    const [first, second] = await Promise.all([
      claimDueUnpublications(deps()),
      claimDueUnpublications(deps()),
    ]);
    expect([...first, ...second].filter((o) => o.id === id)).toHaveLength(1);
    const [row] = await h.db.select().from(articles).where(eq(articles.id, id));
    expect(row.status).toBe('unpublished');
    expect(row.unpublishAt).toBeNull();
    expect(await auditCounts([id], 'article.unpublish')).toEqual(new Map([[id, 1]]));
    const queued = await h.db
      .select()
      .from(outbox)
      .where(sql`${outbox.payload}->>'articleId' = ${id} and ${outbox.kind} = 'cache'`);
    expect(queued.map((q) => (q.payload as { reason: string }).reason).sort()).toEqual([
      'published',
      'unpublished',
    ]);
  });
});
