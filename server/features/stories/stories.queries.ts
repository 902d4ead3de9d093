import { and, desc, eq, or, sql } from 'drizzle-orm';
import { endOfZonedDay, startOfZonedDay } from '../../../shared/bn';
import { type StoryListPrefs, ZStoryListPrefs } from '../../../shared/stories/schemas';
import { type DbOrTx, queryRows } from '../../db/client';
import { savedViews, userPreferences, users } from '../../db/schema';

export interface Overview {
  drafts: number;
  inReview: number;
  scheduledNext24h: number;
  publishedToday: number;
  failedSchedules: number;
  /** The newsroom day the numbers are for, and the 24 h window. */
  dayStart: string;
  dayEnd: string;
  now: string;
  /** Stories first published in each hour of the last 7 days (hours in the newsroom zone), oldest first. */
  perHour: { hour: string; count: number }[];
}

/** Today's numbers for the landing page, each one an index range or a status lookup. */
export async function getOverview(db: DbOrTx, timeZone: string, now = new Date()): Promise<Overview> {
  const dayStart = startOfZonedDay(now, timeZone).toISOString();
  const dayEnd = endOfZonedDay(now, timeZone).toISOString();
  const nowIso = now.toISOString();
  const [counts] = await queryRows<Record<string, number>>(
    db,
    sql`select
      (select count(*)::int from articles a where a.status = 'draft' and a.deleted_at is null) as drafts,
      (select count(*)::int from articles a where a.status = 'in_review' and a.deleted_at is null) as in_review,
      (select count(*)::int from articles a where a.status = 'scheduled' and a.deleted_at is null
        and a.publish_at >= ${nowIso}::timestamptz and a.publish_at < ${nowIso}::timestamptz + interval '24 hours') as scheduled,
      (select count(*)::int from articles a where a.published_at is not null and a.deleted_at is null
        and a.published_at >= ${dayStart}::timestamptz and a.published_at <= ${dayEnd}::timestamptz) as published_today,
      (select count(*)::int from articles a where a.status = 'schedule_failed' and a.deleted_at is null) as failed`,
  );
  const since = new Date(now.getTime() - 7 * 24 * 3600 * 1000);
  const hours = await queryRows<{ hour: Date | string; n: number }>(
    db,
    sql`select date_trunc('hour', a.published_at at time zone ${timeZone}) at time zone ${timeZone} as hour,
        count(*)::int as n
      from articles a
      where a.published_at is not null and a.deleted_at is null
        and a.published_at > ${since.toISOString()}::timestamptz and a.published_at <= ${nowIso}::timestamptz
      group by 1 order by 1`,
  );
  return {
    drafts: counts.drafts,
    inReview: counts.in_review,
    scheduledNext24h: counts.scheduled,
    publishedToday: counts.published_today,
    failedSchedules: counts.failed,
    dayStart,
    dayEnd,
    now: nowIso,
    perHour: hours.map((h) => ({ hour: new Date(h.hour).toISOString(), count: h.n })),
  };
}

/** The user's own views and those others shared, own first. */
export async function listSavedViews(db: DbOrTx, userId: string) {
  return db
    .select({
      id: savedViews.id,
      name: savedViews.name,
      shared: savedViews.shared,
      state: savedViews.filters,
      ownerId: savedViews.ownerId,
      ownerName: users.name,
      createdAt: savedViews.createdAt,
    })
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.ownerId))
    .where(or(eq(savedViews.ownerId, userId), eq(savedViews.shared, true)))
    .orderBy(desc(sql`${savedViews.ownerId} = ${userId}`), savedViews.name)
    .limit(200);
}

export async function getSavedView(db: DbOrTx, id: string, userId: string) {
  const [row] = await db
    .select()
    .from(savedViews)
    .where(and(eq(savedViews.id, id), or(eq(savedViews.ownerId, userId), eq(savedViews.shared, true))));
  return row ?? null;
}

/** Column order and visibility of the story list; defaults when unset or unreadable. */
export async function getStoryListPrefs(db: DbOrTx, userId: string): Promise<StoryListPrefs | null> {
  const [row] = await db
    .select({ preferences: userPreferences.preferences })
    .from(userPreferences)
    .where(eq(userPreferences.userId, userId));
  const stored = (row?.preferences as { storyList?: unknown } | undefined)?.storyList;
  const parsed = ZStoryListPrefs.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
