import { index, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { articles } from './articles';

/** The related-stories list shown after a story's body, in order. */
export const relatedLinks = pgTable(
  'related_links',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    targetId: uuid('target_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.targetId] }),
    index('related_links_target_idx').on(t.targetId),
  ],
);

/**
 * Every link from one story to another, indexed as stories are saved: read-more
 * blocks and inline links from the body, and the related list. Backlinks and the
 * dead-link checks read it.
 */
export const storyLinks = pgTable(
  'story_links',
  {
    sourceId: uuid('source_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    targetId: uuid('target_id').notNull(),
    kind: text('kind').$type<'read_more' | 'inline' | 'related'>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sourceId, t.targetId, t.kind] }),
    index('story_links_target_idx').on(t.targetId, t.sourceId),
  ],
);

/** Which stories use which images (lead image and body figures), kept as stories are saved. */
export const mediaUsage = pgTable(
  'media_usage',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    mediaId: uuid('media_id').notNull(),
    kind: text('kind').$type<'lead' | 'figure'>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.mediaId, t.kind] }),
    index('media_usage_media_idx').on(t.mediaId),
  ],
);
