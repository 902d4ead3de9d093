import { randomUUID } from 'node:crypto';
import type { ArticleStatus } from '../../../shared/articles/status';
import type { Db } from '../../db/client';
import { articleAuthors, articles, media, sections } from '../../db/schema';
import { articleSearchVectors } from '../search/search-vector';

/** Test factory: a story row written directly, with every column a list filters or sorts by under control. */
export interface StoryFixture {
  headline?: string;
  kicker?: string;
  summary?: string;
  byline?: string;
  bodyText?: string;
  status?: ArticleStatus;
  sectionId?: string | null;
  tags?: string[];
  authorIds?: string[];
  createdBy?: string | null;
  leadMediaId?: string | null;
  createdAt?: Date;
  updatedAt?: Date;
  publishAt?: Date | null;
  publishedAt?: Date | null;
  deletedAt?: Date | null;
}

export async function insertStory(db: Db, fixture: StoryFixture = {}): Promise<string> {
  const id = randomUUID();
  const text = {
    headline: fixture.headline ?? `খবর ${id.slice(0, 6)}`,
    kicker: fixture.kicker ?? '',
    summary: fixture.summary ?? '',
    byline: fixture.byline ?? 'কাগজ ডেস্ক',
    tags: fixture.tags ?? [],
    bodyText: fixture.bodyText ?? '',
  };
  const body = {
    type: 'doc',
    content: [{ type: 'paragraph', content: text.bodyText ? [{ type: 'text', text: text.bodyText }] : [] }],
  };
  await db.insert(articles).values({
    id,
    ...text,
    status: fixture.status ?? 'draft',
    sectionId: fixture.sectionId ?? null,
    slug: `t-${id}`,
    body,
    wordCount: text.bodyText.split(/\s+/).filter(Boolean).length,
    leadMediaId: fixture.leadMediaId ?? null,
    publishAt: fixture.publishAt ?? null,
    publishedAt: fixture.publishedAt ?? null,
    ...articleSearchVectors(text),
    createdBy: fixture.createdBy ?? null,
    updatedBy: fixture.createdBy ?? null,
    createdAt: fixture.createdAt ?? new Date(),
    updatedAt: fixture.updatedAt ?? fixture.createdAt ?? new Date(),
    deletedAt: fixture.deletedAt ?? null,
  });
  if (fixture.authorIds?.length) {
    await db
      .insert(articleAuthors)
      .values(fixture.authorIds.map((userId, position) => ({ articleId: id, userId, position })));
  }
  return id;
}

export async function insertSection(db: Db, nameBn: string): Promise<string> {
  const slug = `s-${randomUUID().slice(0, 8)}`;
  const [row] = await db
    .insert(sections)
    .values({ slug, nameBn, nameEn: slug })
    .returning({ id: sections.id });
  return row.id;
}

export async function insertMedia(db: Db): Promise<string> {
  const id = randomUUID();
  await db.insert(media).values({
    id,
    sha256: randomUUID().replace(/-/g, '').repeat(2),
    mime: 'image/jpeg',
    width: 800,
    height: 600,
    bytes: 1000,
    originalKey: `t/${id}.jpg`,
    status: 'ready',
    renditions: [
      { width: 800, height: 600, format: 'webp', key: `t/${id}-800.webp`, bytes: 900 },
      { width: 160, height: 160, format: 'webp', key: `t/${id}-sq.webp`, bytes: 90, crop: 'square' },
    ],
  });
  return id;
}
