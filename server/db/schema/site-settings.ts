import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';

/**
 * The paper's imprint, edited on the site settings screen: one row (id 'site').
 * SITE_NAME, SITE_EDITOR and SITE_PUBLISHER, when set, win over these.
 */
export const siteSettings = pgTable('site_settings', {
  id: text('id').primaryKey(),
  siteName: text('site_name').notNull().default(''),
  /** The masthead line under the name, e.g. the paper's motto. */
  masthead: text('masthead').notNull().default(''),
  editorName: text('editor_name').notNull().default(''),
  publisherName: text('publisher_name').notNull().default(''),
  /** Byline a new story starts with, e.g. "নিজস্ব প্রতিবেদক". */
  defaultByline: text('default_byline').notNull().default(''),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
});
