import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utcToZonedLocalInput } from '../../../shared/bn/dates';
import { addDays, dayStart, zonedDayKey } from '../../../shared/schedule/slots';
import { articles, auditLog } from '../../db/schema';
import { approvedStory, errorOf } from '../../test/factories';
import { createTestHarness, type TestHarness, type TestUser } from '../../test/harness';

const DHAKA = 'Asia/Dhaka';
let h: TestHarness;
let desk: TestUser;
let editor: TestUser;

beforeAll(async () => {
  h = await createTestHarness();
  desk = await h.makeUser('desk');
  editor = await h.makeUser('editor');
});
afterAll(() => h.close());

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

async function row(id: string) {
  const [r] = await h.db.select().from(articles).where(eq(articles.id, id));
  return r;
}

describe('schedule, reschedule, unschedule', () => {
  it('schedules an approved story for a time entered in Dhaka time and audits it', async () => {
    const story = await approvedStory(h, editor);
    const local = utcToZonedLocalInput(new Date(Date.now() + 3 * 3_600_000), DHAKA);
    const result = await h
      .caller(desk)
      .schedule.schedule({ id: story.id, version: story.version, publishAt: local });
    expect(result.status).toBe('scheduled');
    expect(utcToZonedLocalInput(result.publishAt as Date, DHAKA)).toBe(local);
    const audits = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, story.id), eq(auditLog.action, 'article.schedule')));
    expect(audits).toHaveLength(1);
    expect(audits[0].actorId).toBe(desk.id);
  });

  it('stores 00:30 Dhaka as 18:30 UTC the day before, and the calendar files it under the Dhaka day', async () => {
    const story = await approvedStory(h, editor);
    const dayKey = addDays(zonedDayKey(new Date(), DHAKA), 2);
    const result = await h.caller(desk).schedule.schedule({
      id: story.id,
      version: story.version,
      publishAt: `${dayKey}T00:30`,
    });
    const expected = new Date(dayStart(dayKey, DHAKA).getTime() + 30 * 60_000);
    expect((result.publishAt as Date).toISOString()).toBe(expected.toISOString());
    expect(expected.getUTCHours()).toBe(18);
    const inDay = await h.caller(desk).schedule.calendar({
      from: dayStart(dayKey, DHAKA).toISOString(),
      to: dayStart(addDays(dayKey, 1), DHAKA).toISOString(),
    });
    const dayBefore = await h.caller(desk).schedule.calendar({
      from: dayStart(addDays(dayKey, -1), DHAKA).toISOString(),
      to: dayStart(dayKey, DHAKA).toISOString(),
    });
    expect(inDay.items.map((i) => i.id)).toContain(story.id);
    expect(dayBefore.items.map((i) => i.id)).not.toContain(story.id);
  });

  it('refuses a time that has passed, saying the time in the newsroom zone', async () => {
    const story = await approvedStory(h, editor);
    const error = await errorOf(
      h.caller(desk).schedule.schedule({ id: story.id, version: story.version, publishAt: inMinutes(-5) }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/already passed/);
    expect(error.message).toContain('Asia/Dhaka');
    expect((await row(story.id)).status).toBe('approved');
  });

  it('refuses a change based on a version the user no longer sees', async () => {
    const story = await approvedStory(h, editor);
    await h
      .caller(desk)
      .schedule.schedule({ id: story.id, version: story.version, publishAt: inMinutes(60) });
    const error = await errorOf(
      h.caller(desk).schedule.reschedule({ id: story.id, version: story.version, publishAt: inMinutes(90) }),
    );
    expect(error.code).toBe('CONFLICT');
  });

  it('reschedules and unschedules back to approved', async () => {
    const story = await approvedStory(h, editor);
    const s1 = await h
      .caller(desk)
      .schedule.schedule({ id: story.id, version: story.version, publishAt: inMinutes(60) });
    const s2 = await h
      .caller(desk)
      .schedule.reschedule({ id: story.id, version: s1.version, publishAt: inMinutes(120) });
    expect((s2.publishAt as Date).getTime()).toBeGreaterThan((s1.publishAt as Date).getTime());
    const s3 = await h.caller(desk).schedule.unschedule({ id: story.id, version: s2.version });
    expect(s3.status).toBe('approved');
    expect((await row(story.id)).publishAt).toBeNull();
  });

  it('runs the checklist for the chosen time', async () => {
    const story = await approvedStory(h, editor);
    await h.db.update(articles).set({ sectionId: null }).where(eq(articles.id, story.id));
    const error = await errorOf(
      h.caller(desk).schedule.schedule({ id: story.id, version: story.version, publishAt: inMinutes(60) }),
    );
    expect(error.code).toBe('PRECONDITION_FAILED');
    expect(error.message).toMatch(/section/i);
  });

  it('an editor may not schedule (rights table)', async () => {
    const story = await approvedStory(h, editor);
    const error = await errorOf(
      h.caller(editor).schedule.schedule({ id: story.id, version: story.version, publishAt: inMinutes(60) }),
    );
    expect(error.code).toBe('FORBIDDEN');
  });
});

describe('embargo and expiry', () => {
  it('nobody can publish before the embargo, and scheduling before it is refused', async () => {
    const story = await approvedStory(h, editor);
    const embargoed = await h.caller(desk).schedule.setEmbargo({
      id: story.id,
      version: story.version,
      embargoUntil: inMinutes(120),
    });
    const early = await errorOf(
      h
        .caller(desk)
        .schedule.schedule({ id: story.id, version: embargoed.version, publishAt: inMinutes(60) }),
    );
    expect(early.code).toBe('BAD_REQUEST');
    expect(early.message).toMatch(/embargo/);
    const admin = await h.makeUser('admin');
    const publish = await errorOf(
      h.caller(admin).workflow.publish({ id: story.id, version: embargoed.version }),
    );
    expect(publish.code).toBe('PRECONDITION_FAILED');
    expect(publish.message).toMatch(/embargo/);
    const later = await h.caller(desk).schedule.schedule({
      id: story.id,
      version: embargoed.version,
      publishAt: inMinutes(180),
    });
    expect(later.status).toBe('scheduled');
  });

  it('sets an expiry after the publication time only', async () => {
    const story = await approvedStory(h, editor);
    const s = await h
      .caller(desk)
      .schedule.schedule({ id: story.id, version: story.version, publishAt: inMinutes(60) });
    const bad = await errorOf(
      h.caller(desk).schedule.setExpiry({ id: story.id, version: s.version, unpublishAt: inMinutes(30) }),
    );
    expect(bad.code).toBe('BAD_REQUEST');
    const ok = await h
      .caller(desk)
      .schedule.setExpiry({ id: story.id, version: s.version, unpublishAt: inMinutes(600) });
    expect(ok.unpublishAt).not.toBeNull();
    const cleared = await h
      .caller(desk)
      .schedule.setExpiry({ id: story.id, version: ok.version, unpublishAt: null });
    expect(cleared.unpublishAt).toBeNull();
  });
});
