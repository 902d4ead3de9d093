import { randomUUID } from 'node:crypto';
import type { JSONContent } from '@tiptap/core';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { ArticleContentInput } from '../../shared/articles/schemas';
import type { ArticleStatus } from '../../shared/articles/status';
import type { Role } from '../../shared/roles';
import type { Db } from '../db/client';
import { articleAuthors, articles, media, relatedLinks, sections, storyLinks, users } from '../db/schema';
import { createSession } from '../features/auth/sessions';
import { articleSearchVectors } from '../features/search/search-vector';
import type { TestHarness, TestUser } from './harness';

/**
 * Test factories for every server test: unique rows written directly (users, sections,
 * media, stories), story bodies, stories made through the API, and reading refusals.
 */

// ---- Refusals ----

/** The tRPC error a call that must fail was refused with. */
export async function errorOf(promise: Promise<unknown>): Promise<TRPCError> {
  let error: unknown;
  try {
    await promise;
  } catch (caught) {
    error = caught;
  }
  if (error === undefined) throw new Error('expected the call to fail');
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

/** The AppError details a refusal carries (what the client reads as error.data.details). */
export function detailsOf(error: TRPCError): Record<string, unknown> {
  return ((error.cause as { details?: unknown } | undefined)?.details ?? {}) as Record<string, unknown>;
}

// ---- Story bodies (Tiptap JSON) ----

export const paragraph = (text: string): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
});
export const paragraphs = (...texts: string[]): JSONContent => ({
  type: 'doc',
  content: texts.map(paragraph),
});
export const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content });
export const readMore = (articleId: string): JSONContent => ({ type: 'readMore', attrs: { articleId } });
export const figure = (mediaId: string, alt: string): JSONContent => ({
  type: 'figure',
  attrs: { mediaId, src: `/media/${mediaId}/original.jpg`, alt, credit: 'রয়টার্স', width: 1200, height: 800 },
  content: [{ type: 'text', text: 'ছবির ক্যাপশন' }],
});

// ---- Rows written directly ----

/** A unique active user of `role` with a live session. */
export async function insertUser(
  db: Db,
  role: Role,
  passwordHash: string,
  overrides: Partial<{ name: string; email: string; active: boolean }> = {},
): Promise<TestUser> {
  const unique = randomUUID().slice(0, 8);
  const [row] = await db
    .insert(users)
    .values({
      email: overrides.email ?? `${role}-${unique}@barta.test`,
      name: overrides.name ?? `${role} ${unique}`,
      role,
      active: overrides.active ?? true,
      passwordHash,
    })
    .returning();
  const session = await createSession(db, { userId: row.id, days: 14, ip: '127.0.0.1', userAgent: 'vitest' });
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    mustChangePassword: false,
    language: row.language,
    sessionId: session.id,
    sessionToken: session.token,
  };
}

export async function insertSection(
  db: Db,
  overrides: Partial<{ slug: string; nameBn: string; nameEn: string }> = {},
) {
  const unique = randomUUID().slice(0, 8);
  const [row] = await db
    .insert(sections)
    .values({
      slug: overrides.slug ?? `section-${unique}`,
      nameBn: overrides.nameBn ?? `বিভাগ ${unique}`,
      nameEn: overrides.nameEn ?? `Section ${unique}`,
    })
    .returning();
  return row;
}

/** A ready library image with renditions (two wide, one square). */
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

/** Any column of a story row, plus `deleted` for one in the bin. */
export type StoryOverrides = Partial<Omit<typeof articles.$inferInsert, 'id'>> & { deleted?: boolean };

/** A story in any state (published unless told); published ones get a publication time unless given one. */
export async function insertStory(db: Db, overrides: StoryOverrides = {}) {
  const id = randomUUID();
  const { deleted, ...columns } = overrides;
  const status = overrides.status ?? 'published';
  const everPublished = status === 'published' || status === 'unpublished' || status === 'archived';
  const given = Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
  const [row] = await db
    .insert(articles)
    .values({
      id,
      status,
      headline: `শিরোনাম ${id.slice(0, 8)}`,
      kicker: '',
      summary: '',
      byline: 'কাগজ ডেস্ক',
      sectionId: null,
      slug: `story-${id.slice(0, 8)}`,
      body: paragraphs(`অনুচ্ছেদ ${id.slice(0, 6)}`),
      bodyText: '',
      leadMediaId: null,
      leadCaption: null,
      publishedAt: everPublished ? new Date() : null,
      publicUpdatedAt: null,
      publishAt: status === 'scheduled' ? new Date(Date.now() + 3600_000) : null,
      deletedAt: deleted ? new Date() : null,
      ...given,
    })
    .returning();
  return row;
}

/** What a newsroom list filters, sorts or searches by. */
export interface IndexedStoryFixture {
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

/**
 * A story for the newsroom lists and search (a draft unless told), with its search vectors,
 * word count and credited authors as a save writes them, and only the times it is given.
 * Returns its id.
 */
export async function insertIndexedStory(db: Db, fixture: IndexedStoryFixture = {}): Promise<string> {
  const text = {
    headline: fixture.headline ?? `খবর ${randomUUID().slice(0, 6)}`,
    kicker: fixture.kicker ?? '',
    summary: fixture.summary ?? '',
    byline: fixture.byline ?? 'কাগজ ডেস্ক',
    tags: fixture.tags ?? [],
    bodyText: fixture.bodyText ?? '',
  };
  const row = await insertStory(db, {
    ...text,
    status: fixture.status ?? 'draft',
    sectionId: fixture.sectionId ?? null,
    slug: `t-${randomUUID()}`,
    body: text.bodyText ? paragraphs(text.bodyText) : doc({ type: 'paragraph', content: [] }),
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
      .values(fixture.authorIds.map((userId, position) => ({ articleId: row.id, userId, position })));
  }
  return row.id;
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

// ---- Stories through the API (the workflow's checklist satisfied) ----

/** A ready library image, credited and captioned as the publish checklist wants. */
export function makeMedia(
  h: TestHarness,
  fields: Partial<{ alt: string; caption: string; credit: string }> = {},
) {
  return insertMedia(h.db, {
    alt: fields.alt ?? 'সংসদ ভবন',
    caption: fields.caption ?? 'সংসদ ভবনের সামনে মানুষ',
    credit: fields.credit ?? 'রয়টার্স',
  });
}

/** Everything the publish checklist wants. */
export async function readyContent(h: TestHarness): Promise<ArticleContentInput> {
  const section = await insertSection(h.db);
  const lead = await makeMedia(h);
  const inBody = await makeMedia(h);
  return {
    headline: `বাজেট পাস ${randomUUID().slice(0, 6)}`,
    kicker: 'সংসদ',
    summary: 'সংসদে আজ নতুন অর্থবছরের বাজেট পাস হয়েছে।',
    byline: 'নিজস্ব প্রতিবেদক',
    sectionId: section.id,
    leadMediaId: lead.id,
    body: doc(paragraph('ঢাকা — সংসদে আজ বাজেট পাস হয়েছে।'), figure(inBody.id, 'সংসদ ভবন')),
  };
}

/** A draft by `author` that passes the checklist, made through `articles.create`. */
export async function createStory(
  h: TestHarness,
  author: TestUser,
  content: Partial<ArticleContentInput> = {},
): Promise<{ id: string; version: number }> {
  const created = await h.caller(author).articles.create({ ...(await readyContent(h)), ...content });
  return { id: created.id, version: created.version };
}

/** A story that passes the checklist, put straight into "approved"; returns its id and current version. */
export async function approvedStory(
  h: TestHarness,
  author: TestUser,
  content: Partial<ArticleContentInput> = {},
) {
  const story = await createStory(h, author, content);
  const version = await forceStatus(h, story.id, 'approved');
  return { id: story.id, version };
}

/** A story `author` published through "Publish now"; returns its id, version and slug. */
export async function publishedStory(
  h: TestHarness,
  author: TestUser,
  content: Partial<ArticleContentInput> = {},
) {
  const story = await approvedStory(h, author, content);
  const published = await h.caller(author).workflow.publish(story);
  return { id: story.id, version: published.version, slug: published.slug };
}

/** Puts a story straight into `status` (for testing transitions out of it). */
export async function forceStatus(h: TestHarness, id: string, status: ArticleStatus) {
  const [row] = await h.db
    .update(articles)
    .set({
      status,
      publishAt: status === 'scheduled' ? new Date(Date.now() + 3_600_000) : null,
      publishedAt: ['published', 'unpublished'].includes(status) ? new Date() : null,
    })
    .where(eq(articles.id, id))
    .returning({ version: articles.version });
  return row.version;
}

export async function versionOf(h: TestHarness, id: string): Promise<number> {
  const [row] = await h.db.select({ version: articles.version }).from(articles).where(eq(articles.id, id));
  return row.version;
}

/** Saves `change` over what the editor shows now (a live story's pending update included), as the editor does. */
export async function saveEdit(
  h: TestHarness,
  user: TestUser,
  id: string,
  change: Partial<ArticleContentInput> = {},
  options: { mode?: 'autosave' | 'save'; tabId?: string } = {},
) {
  const current = await h.caller(user).articles.get({ id });
  const { headline, kicker, summary, byline, authorIds, sectionId, tags, slug, body } = current;
  const { leadMediaId, leadCaption, seoTitle, seoDescription } = current;
  return h.caller(user).articles.save({
    id,
    baseVersion: current.version,
    mode: options.mode ?? 'autosave',
    tabId: options.tabId ?? 'tab-test-helpers',
    content: {
      ...{ headline, kicker, summary, byline, authorIds, sectionId, tags, slug, body },
      ...{ leadMediaId, leadCaption, seoTitle, seoDescription },
      ...change,
    },
  });
}
