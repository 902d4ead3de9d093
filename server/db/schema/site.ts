import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per month of publication (in a newsroom time zone): how many public
 * stories it has and when the newest change was. The sitemap index reads this
 * instead of grouping a million stories; the publication pipeline keeps it up to
 * date. A row with month '' marks that the summary for that zone has been built.
 */
export const sitemapMonths = pgTable(
  'sitemap_months',
  {
    timeZone: text('time_zone').notNull(),
    /** `2025-07`, or '' for the "built" marker. */
    month: text('month').notNull(),
    stories: integer('stories').notNull(),
    lastmod: timestamp('lastmod', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.timeZone, t.month] })],
);
