import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ArticleStatus } from '../../../shared/articles/status';
import { users } from './auth';
import { media } from './media';
import { sections } from './sections';
import { tsvector } from './types';

export const articles = pgTable(
  'articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    status: text('status').$type<ArticleStatus>().notNull().default('draft'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
    headline: text('headline').notNull().default(''),
    kicker: text('kicker').notNull().default(''),
    summary: text('summary').notNull().default(''),
    /** Free text shown as the byline, e.g. a desk byline "কাগজ ডেস্ক"; linked accounts are in article_authors. */
    byline: text('byline').notNull().default(''),
    sectionId: uuid('section_id').references(() => sections.id, { onDelete: 'set null' }),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    slug: text('slug').notNull(),
    /** While true the slug follows the headline; editing the slug by hand or publishing fixes it. */
    slugAuto: boolean('slug_auto').notNull().default(true),
    /** Tiptap JSON, validated against shared/editor's schema. */
    body: jsonb('body').notNull(),
    /** Plain text derived from body, for search and counts. */
    bodyText: text('body_text').notNull().default(''),
    wordCount: integer('word_count').notNull().default(0),
    leadMediaId: uuid('lead_media_id').references(() => media.id, { onDelete: 'restrict' }),
    /** Per-story caption for the lead image; null uses the media item's caption. */
    leadCaption: text('lead_caption'),
    seoTitle: text('seo_title').notNull().default(''),
    seoDescription: text('seo_description').notNull().default(''),
    /** When a scheduled story is due. The due time lives only here. */
    publishAt: timestamp('publish_at', { withTimezone: true }),
    /** First publication; the public date line. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Last change to a published story's content: the public "আপডেট" line. */
    publicUpdatedAt: timestamp('public_updated_at', { withTimezone: true }),
    unpublishAt: timestamp('unpublish_at', { withTimezone: true }),
    embargoUntil: timestamp('embargo_until', { withTimezone: true }),
    /** Why a scheduled publication failed (checklist items), for schedule_failed. */
    scheduleError: jsonb('schedule_error'),
    /**
     * A published story's staged update: the same fields as a revision snapshot
     * (ArticleSnapshot), written by every edit while the story is live. The public
     * site reads only the live columns above; Publish update copies this into them.
     */
    pending: jsonb('pending'),
    pendingBy: uuid('pending_by').references(() => users.id, { onDelete: 'set null' }),
    pendingAt: timestamp('pending_at', { withTimezone: true }),
    /** Written last by a reviewer, or approved by one: an editor may then publish it. */
    pendingReviewed: boolean('pending_reviewed').notNull().default(false),
    /** When a scheduled update is due; the scheduler publishes it exactly once. */
    pendingPublishAt: timestamp('pending_publish_at', { withTimezone: true }),
    /** The public note (and whether it is a correction) a scheduled update goes out with. */
    pendingNote: text('pending_note'),
    pendingCorrection: boolean('pending_correction').notNull().default(false),
    /** Optimistic concurrency: every save names the version it was based on. */
    version: integer('version').notNull().default(1),
    /**
     * Every word with its positions and field weights. On PostgreSQL this column and
     * search_bigrams are compressed with lz4 (migration 0013, which drizzle-kit cannot
     * express): ranking decompresses the vector of every best-match candidate.
     */
    searchVector: tsvector('search_vector'),
    /**
     * Every two neighbouring words of search_vector as one lexeme ("a b", at the
     * first word's position): a quoted phrase is found in this column's index
     * instead of by reading the positions of every story holding its words.
     * Written beside search_vector (articleSearchVectors); the migration that
     * added it derived it in SQL (search_bigrams_of).
     */
    searchBigrams: tsvector('search_bigrams'),
    /**
     * The headline's lexemes alone, kept by PostgreSQL: small enough to test row by
     * row while walking the newest stories, where reading search_vector (the whole
     * body) to filter it would cost a page of body text per row.
     */
    headlineVector: tsvector('headline_vector').generatedAlwaysAs(sql`ts_filter(search_vector, '{a}')`),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Soft delete: in the bin, restorable by managers. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    deletedBy: uuid('deleted_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('articles_slug_key').on(t.slug).where(sql`${t.deletedAt} is null`),
    index('articles_status_updated_idx').on(t.status, t.updatedAt, t.id),
    index('articles_updated_idx').on(t.updatedAt, t.id),
    index('articles_published_idx').on(t.publishedAt, t.id).where(sql`${t.status} = 'published'`),
    index('articles_section_published_idx')
      .on(t.sectionId, t.publishedAt, t.id)
      .where(sql`${t.status} = 'published'`),
    index('articles_publish_at_idx').on(t.publishAt).where(sql`${t.status} = 'scheduled'`),
    index('articles_unpublish_at_idx').on(t.unpublishAt).where(sql`${t.status} = 'published'`),
    index('articles_search_idx').using('gin', t.searchVector),
    index('articles_search_bigrams_idx').using('gin', t.searchBigrams),
    // Story list (server/features/stories): keyset on (sort column, id), with and without a status.
    index('articles_created_idx').on(t.createdAt, t.id),
    index('articles_published_any_idx').on(t.publishedAt, t.id).where(sql`${t.publishedAt} is not null`),
    index('articles_publish_at_any_idx').on(t.publishAt, t.id).where(sql`${t.publishAt} is not null`),
    index('articles_headline_idx').on(t.headline, t.id),
    index('articles_status_created_idx').on(t.status, t.createdAt, t.id),
    index('articles_status_published_idx').on(t.status, t.publishedAt, t.id),
    index('articles_status_publish_at_idx').on(t.status, t.publishAt, t.id),
    index('articles_status_headline_idx').on(t.status, t.headline, t.id),
    index('articles_created_by_idx').on(t.createdBy),
    // A section desk's list (last edited first) and its exact count, without reading the table.
    index('articles_section_updated_idx').on(t.sectionId, t.updatedAt, t.id),
    // Headline-only lexemes, so search can rank headline matches first without ranking every match.
    index('articles_headline_search_idx').using('gin', t.headlineVector),
    index('articles_tags_idx').using('gin', t.tags),
    index('articles_pending_publish_at_idx')
      .on(t.pendingPublishAt)
      .where(sql`${t.pendingPublishAt} is not null`),
  ],
);

/** Staff accounts credited on a story, in byline order. */
export const articleAuthors = pgTable(
  'article_authors',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.userId] }),
    index('article_authors_user_idx').on(t.userId, t.articleId),
  ],
);

export type RevisionReason = 'autosave' | 'save' | 'publish' | 'restore' | 'create';

export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** The article version this snapshot holds. */
    version: integer('version').notNull(),
    reason: text('reason').$type<RevisionReason>().notNull(),
    /** Headline, kicker, summary, byline, tags, body, …: everything a restore needs. */
    snapshot: jsonb('snapshot').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** The editor tab that saved it: autosaves coalesce only with the same tab's previous one. */
    tabId: text('tab_id'),
    /** Who typed into a co-edited snapshot (server/features/collab); null for a one-person save. */
    contributorIds: uuid('contributor_ids').array(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('article_revisions_article_idx').on(t.articleId, t.createdAt)],
);

/** Who is editing: a soft lock kept alive by the editor's heartbeat. */
export const articleLocks = pgTable('article_locks', {
  articleId: uuid('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** One browser tab: the same user in two tabs holds the lock in one of them. */
  tabId: text('tab_id').notNull(),
  acquiredAt: timestamp('acquired_at', { withTimezone: true }).notNull().defaultNow(),
  heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull().defaultNow(),
});

export type StoryUpdateKind = 'update' | 'correction';

/**
 * Every published update of a live story, with its public note: the "আপডেট" and
 * "সংশোধনী" lines of the article page, the JSON API and the corrections screen.
 */
export const articleUpdates = pgTable(
  'article_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<StoryUpdateKind>().notNull(),
    /** Shown to readers; may be empty for a plain update. */
    note: text('note').notNull().default(''),
    /** The article version that went live. */
    version: integer('version').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    /** Null: the scheduler published it at its scheduled time. */
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('article_updates_article_idx').on(t.articleId, t.publishedAt),
    index('article_updates_kind_idx').on(t.kind, t.publishedAt, t.id),
  ],
);
