import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../db/client';
import { articles, sitemapMonths } from '../db/schema';

export interface SitemapMonth {
  month: string;
  lastmod: Date;
}

/** Live stories as the summary counts them (the month files still apply the full public rule). */
const LIVE = sql`${articles.status} = 'published' and ${articles.deletedAt} is null and ${articles.publishedAt} is not null`;
const monthOf = (timeZone: string) =>
  sql`to_char(${articles.publishedAt} at time zone ${timeZone}, 'YYYY-MM')`;

/** Recounts `months` (all of them when absent) from the stories: an index range per month. */
async function recount(db: DbOrTx, timeZone: string, months?: string[]) {
  const only = months
    ? sql`and ${monthOf(timeZone)} in (${sql.join(
        months.map((m) => sql`${m}`),
        sql`, `,
      )})`
    : sql``;
  const rows = await queryRows<{ month: string; stories: number | string; lastmod: string | Date }>(
    db,
    sql`select ${monthOf(timeZone)} as month, count(*) as stories,
          max(coalesce(${articles.publicUpdatedAt}, ${articles.publishedAt})) as lastmod
        from ${articles} where ${LIVE} ${only} group by 1`,
  );
  const found = new Map(rows.map((r) => [r.month, r]));
  for (const month of months ?? [...found.keys()]) {
    const row = found.get(month);
    if (!row) {
      await db
        .delete(sitemapMonths)
        .where(and(eq(sitemapMonths.timeZone, timeZone), eq(sitemapMonths.month, month)));
      continue;
    }
    const values = { timeZone, month, stories: Number(row.stories), lastmod: new Date(row.lastmod) };
    await db
      .insert(sitemapMonths)
      .values(values)
      .onConflictDoUpdate({
        target: [sitemapMonths.timeZone, sitemapMonths.month],
        set: { stories: values.stories, lastmod: values.lastmod },
      });
  }
}

/** Builds the whole summary for a zone once (the first sitemap request after an upgrade or a zone change). */
async function ensureBuilt(db: DbOrTx, timeZone: string): Promise<void> {
  const [marker] = await db
    .select({ month: sitemapMonths.month })
    .from(sitemapMonths)
    .where(and(eq(sitemapMonths.timeZone, timeZone), eq(sitemapMonths.month, '')));
  if (marker) return;
  await recount(db, timeZone);
  await db.insert(sitemapMonths).values({ timeZone, month: '', stories: 0 }).onConflictDoNothing();
}

/** The months that have public stories, newest first, with their last change: the sitemap index. */
export async function listSitemapMonths(db: DbOrTx, timeZone: string): Promise<SitemapMonth[]> {
  await ensureBuilt(db, timeZone);
  const rows = await db
    .select({ month: sitemapMonths.month, lastmod: sitemapMonths.lastmod })
    .from(sitemapMonths)
    .where(and(eq(sitemapMonths.timeZone, timeZone), ne(sitemapMonths.month, '')))
    .orderBy(sql`${sitemapMonths.month} desc`);
  return rows.map((r) => ({ month: r.month, lastmod: r.lastmod ?? new Date(0) }));
}

/**
 * Called by the publication pipeline in its transaction: the months of these
 * first-publication dates are counted again, in every zone the summary is built for.
 */
export async function refreshSitemapMonths(tx: DbOrTx, publishedAt: (Date | null)[]): Promise<void> {
  const dates = publishedAt.filter((d): d is Date => d !== null);
  if (dates.length === 0) return;
  const zones = await tx
    .select({ timeZone: sitemapMonths.timeZone })
    .from(sitemapMonths)
    .where(eq(sitemapMonths.month, ''));
  for (const { timeZone } of zones) {
    const fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' });
    const months = [...new Set(dates.map((d) => fmt.format(d).slice(0, 7)))].sort();
    // Lock the months' rows first: a concurrent publication in the same month waits, then
    // counts with this one committed (each statement sees the latest commits).
    await tx
      .insert(sitemapMonths)
      .values(months.map((month) => ({ timeZone, month, stories: 0 })))
      .onConflictDoNothing();
    await tx
      .select({ month: sitemapMonths.month })
      .from(sitemapMonths)
      .where(and(eq(sitemapMonths.timeZone, timeZone), inArray(sitemapMonths.month, months)))
      .for('update');
    await recount(tx, timeZone, months);
  }
}
