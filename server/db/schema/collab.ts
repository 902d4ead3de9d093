import { customType, integer, jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { articles } from './articles';

/** Raw bytes: PGlite hands back a Uint8Array, node-postgres a Buffer (also a Uint8Array). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value),
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * The shared Yjs document of a story being edited together (server/features/collab).
 * `state` is the whole Yjs update; `synced` is the story content the document last
 * agreed with, at the story's `synced_version`: a write to the story from outside the
 * collaboration (an API save, a bulk edit, a restore) shows up as a difference from it.
 * `contributors` (user id -> role) is who changed the document since its last snapshot,
 * written before their first change is applied: a snapshot written after a crash, or by
 * another instance, still names them.
 */
export const collabDocuments = pgTable('collab_documents', {
  articleId: uuid('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  state: bytea('state').notNull(),
  synced: jsonb('synced').notNull(),
  syncedVersion: integer('synced_version').notNull(),
  contributors: jsonb('contributors').$type<Record<string, string>>().notNull().default({}),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
