import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { PhotoFileField } from '../../../shared/media/photo-fields';
import { users } from './auth';
import { tsvector } from './types';

export interface Rendition {
  width: number;
  height: number;
  format: 'webp' | 'jpeg' | 'png' | 'gif' | 'avif';
  /** Storage key under the media store, e.g. `ab/cdef…-800.webp`. */
  key: string;
  bytes: number;
  /** A square thumbnail cropped around the focal point (not part of srcset). */
  crop?: 'square';
}

export const media = pgTable(
  'media',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Content address: the same bytes uploaded twice are one item. */
    sha256: text('sha256').notNull(),
    mime: text('mime').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    originalKey: text('original_key').notNull(),
    originalName: text('original_name').notNull().default(''),
    alt: text('alt').notNull().default(''),
    caption: text('caption').notNull().default(''),
    credit: text('credit').notNull().default(''),
    rightsNote: text('rights_note').notNull().default(''),
    /** Photographer (IPTC By-line / XMP dc:creator). */
    creator: text('creator').notNull().default(''),
    /** Copyright notice (IPTC / XMP dc:rights), carried into the renditions. */
    copyright: text('copyright').notNull().default(''),
    /** Who supplied the photo (IPTC Source), e.g. an agency. */
    source: text('source').notNull().default(''),
    /** Texts still as read from the file's IPTC/XMP: dropped from the list once a person edits them. */
    fromFile: jsonb('from_file').$type<PhotoFileField[]>().notNull().default(sql`'[]'::jsonb`),
    /** Focal point, 0..1 from the left and top, for crops. */
    focalX: real('focal_x').notNull().default(0.5),
    focalY: real('focal_y').notNull().default(0.5),
    blurDataUrl: text('blur_data_url').notNull().default(''),
    renditions: jsonb('renditions').$type<Rendition[]>().notNull().default(sql`'[]'::jsonb`),
    /** processing: only the first rendition exists yet; ready: all; failed: see processingError. */
    status: text('status').$type<'processing' | 'ready' | 'failed'>().notNull().default('processing'),
    processingError: text('processing_error'),
    searchVector: tsvector('search_vector'),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('media_sha256_key').on(t.sha256),
    index('media_created_idx').on(t.createdAt, t.id),
    index('media_uploader_idx').on(t.uploadedBy, t.createdAt),
    index('media_search_idx').using('gin', t.searchVector),
  ],
);
