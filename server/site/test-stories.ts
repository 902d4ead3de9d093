import { randomUUID } from 'node:crypto';
import type { JSONContent } from '@tiptap/core';
import type { ArticleStatus } from '../../shared/articles/status';
import type { Db } from '../db/client';
import { articles, media, relatedLinks, sections, storyLinks } from '../db/schema';

/** Test factories for the public site: rows inserted directly, as the verbs that make them are elsewhere. */

export async function insertSection(db: Db, overrides: Partial<{ slug: string; nameBn: string }> = {}) {
  const unique = randomUUID().slice(0, 8);
  const [row] = await db
    .insert(sections)
    .values({
      slug: overrides.slug ?? `section-${unique}`,
      nameBn: overrides.nameBn ?? `বিভাগ ${unique}`,
      nameEn: `Section ${unique}`,
    })
    .returning();
  return row;
}

export async function insertMedia(
  db: Db,
  overrides: Partial<{ caption: string; credit: string; alt: string }> = {},
) {
  const sha = randomUUID().replace(/-/g, '').padEnd(64, '0');
  const key = (w: number, suffix = '') => `${sha.slice(0, 2)}/${sha}-${w}${suffix}.webp`;
  const [row] = await db
    .insert(media)
    .values({
      sha256: sha,
      mime: 'image/jpeg',
      width: 1600,
      height: 900,
      bytes: 1000,
      originalKey: `${sha.slice(0, 2)}/${sha}.jpg`,
      alt: overrides.alt ?? '',
      caption: overrides.caption ?? '',
      credit: overrides.credit ?? '',
      status: 'ready',
      renditions: [
        { key: key(640), format: 'webp', width: 640, height: 360, bytes: 10 },
        { key: key(1280), format: 'webp', width: 1280, height: 720, bytes: 20 },
        { key: key(320, '-sq'), format: 'webp', width: 320, height: 320, bytes: 5, crop: 'square' },
      ],
    })
    .returning();
  return row;
}

export const paragraphs = (...texts: string[]): JSONContent => ({
  type: 'doc',
  content: texts.map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })),
});

export interface StoryOverrides {
  status?: ArticleStatus;
  deleted?: boolean;
  headline?: string;
  kicker?: string;
  summary?: string;
  byline?: string;
  sectionId?: string | null;
  body?: JSONContent;
  leadMediaId?: string | null;
  leadCaption?: string | null;
  publishedAt?: Date | null;
  publicUpdatedAt?: Date | null;
  slug?: string;
}

/** A story in any state; published ones get a publication time unless given one. */
export async function insertStory(db: Db, o: StoryOverrides = {}) {
  const id = randomUUID();
  const status = o.status ?? 'published';
  const everPublished = status === 'published' || status === 'unpublished' || status === 'archived';
  const body = o.body ?? paragraphs(`অনুচ্ছেদ ${id.slice(0, 6)}`);
  const [row] = await db
    .insert(articles)
    .values({
      id,
      status,
      headline: o.headline ?? `শিরোনাম ${id.slice(0, 8)}`,
      kicker: o.kicker ?? '',
      summary: o.summary ?? '',
      byline: o.byline ?? 'কাগজ ডেস্ক',
      sectionId: o.sectionId ?? null,
      slug: o.slug ?? `story-${id.slice(0, 8)}`,
      body,
      bodyText: '',
      leadMediaId: o.leadMediaId ?? null,
      leadCaption: o.leadCaption ?? null,
      publishedAt: o.publishedAt !== undefined ? o.publishedAt : everPublished ? new Date() : null,
      publicUpdatedAt: o.publicUpdatedAt ?? null,
      publishAt: status === 'scheduled' ? new Date(Date.now() + 3600_000) : null,
      deletedAt: o.deleted ? new Date() : null,
    })
    .returning();
  return row;
}

export async function insertRelated(db: Db, articleId: string, targetIds: string[]) {
  await db
    .insert(relatedLinks)
    .values(targetIds.map((targetId, position) => ({ articleId, targetId, position })));
  await db
    .insert(storyLinks)
    .values(targetIds.map((targetId) => ({ sourceId: articleId, targetId, kind: 'related' as const })))
    .onConflictDoNothing();
}

export const readMoreTo = (articleId: string): JSONContent => ({ type: 'readMore', attrs: { articleId } });
