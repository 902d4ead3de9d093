import { and, asc, desc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { CalendarInput } from '../../../shared/schedule/when';
import type { DbOrTx } from '../../db/client';
import { articles, sections } from '../../db/schema';
import { databaseNow } from './schedule-time';

const itemColumns = {
  id: articles.id,
  headline: articles.headline,
  status: articles.status,
  version: articles.version,
  publishAt: articles.publishAt,
  publishedAt: articles.publishedAt,
  unpublishAt: articles.unpublishAt,
  embargoUntil: articles.embargoUntil,
  scheduleError: articles.scheduleError,
  slug: articles.slug,
  sectionName: sections.nameBn,
  sectionNameEn: sections.nameEn,
  /** Due and still waiting by the database's clock (the scheduler should have taken it). */
  overdue: sql<boolean>`(${articles.status} = 'scheduled' and ${articles.publishAt} < now())`,
};

/**
 * The desk calendar: scheduled and failed stories by their due time, published
 * ones by their publication time, within [from, to).
 */
export async function listCalendar(db: DbOrTx, input: CalendarInput) {
  const from = new Date(input.from);
  const to = new Date(input.to);
  const rows = await db
    .select(itemColumns)
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(
      and(
        isNull(articles.deletedAt),
        or(
          and(
            inArray(articles.status, ['scheduled', 'schedule_failed']),
            gte(articles.publishAt, from),
            lt(articles.publishAt, to),
          ),
          and(
            eq(articles.status, 'published'),
            gte(articles.publishedAt, from),
            lt(articles.publishedAt, to),
          ),
        ),
      ),
    )
    .orderBy(asc(sql`coalesce(${articles.publishAt}, ${articles.publishedAt})`), asc(articles.id))
    .limit(1000);
  return { items: rows, serverNow: await databaseNow(db) };
}

/**
 * What goes out next (the "today" list): failed and overdue first, then the
 * upcoming schedule. `serverNow` lets the countdown use the database's clock.
 */
export async function listUpcoming(db: DbOrTx, limit = 30) {
  const failed = await db
    .select(itemColumns)
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(articles.status, 'schedule_failed'), isNull(articles.deletedAt)))
    .orderBy(desc(articles.statusChangedAt))
    .limit(limit);
  const scheduled = await db
    .select(itemColumns)
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(articles.status, 'scheduled'), isNull(articles.deletedAt)))
    .orderBy(asc(articles.publishAt), asc(articles.id))
    .limit(limit);
  return { failed, scheduled, serverNow: await databaseNow(db) };
}

/** Approved stories not yet scheduled: what the desk can drop onto the calendar. */
export async function listReadyToSchedule(db: DbOrTx, limit = 50) {
  return db
    .select(itemColumns)
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(articles.status, 'approved'), isNull(articles.deletedAt)))
    .orderBy(desc(articles.statusChangedAt), asc(articles.id))
    .limit(limit);
}
