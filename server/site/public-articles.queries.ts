import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { storyPath } from '../../shared/articles/paths';
import type { DbOrTx } from '../db/client';
import { cursorKey, cursorTimestamp, defineCursor } from '../db/keyset-cursor';
import { articleAuthors, articles, articleUpdates, relatedLinks, sections, users } from '../db/schema';

/**
 * THE rule of the public site: a story is public only when it is published, not
 * in the bin, has a publication time, and is not under embargo. Every public
 * query (pages, lists, feeds, sitemaps, API, related list, read-more links) uses
 * this one predicate; nothing else decides what readers may see.
 */
export function isPublic(): SQL {
  return and(
    eq(articles.status, 'published'),
    isNull(articles.deletedAt),
    isNotNull(articles.publishedAt),
    // The publish checklist refuses an embargoed story; this keeps a slip from leaking it.
    or(isNull(articles.embargoUntil), lte(articles.embargoUntil, sql`now()`)),
  )!;
}

/** Public lists (home, sections, JSON API) page newest first on (published_at µs UTC, id). */
export const publicListCursor = defineCursor(
  'public',
  z.object({ at: cursorKey.timestamp, id: cursorKey.uuid }).strict(),
);

export { storyPath };

const storyColumns = {
  id: articles.id,
  status: articles.status,
  headline: articles.headline,
  kicker: articles.kicker,
  summary: articles.summary,
  byline: articles.byline,
  slug: articles.slug,
  body: articles.body,
  bodyText: articles.bodyText,
  tags: articles.tags,
  leadMediaId: articles.leadMediaId,
  leadCaption: articles.leadCaption,
  seoTitle: articles.seoTitle,
  seoDescription: articles.seoDescription,
  publishAt: articles.publishAt,
  publishedAt: articles.publishedAt,
  publicUpdatedAt: articles.publicUpdatedAt,
  updatedAt: articles.updatedAt,
  deletedAt: articles.deletedAt,
  version: articles.version,
  sectionSlug: sections.slug,
  sectionName: sections.nameBn,
};

async function selectStories(db: DbOrTx, where: SQL | undefined) {
  return db
    .select(storyColumns)
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(where)
    .limit(1);
}

export type StoryRow = Awaited<ReturnType<typeof selectStories>>[number];

/** A published story for readers, or null (draft, scheduled, unpublished, deleted, unknown). */
export async function findPublicStory(db: DbOrTx, id: string): Promise<StoryRow | null> {
  const [row] = await selectStories(db, and(eq(articles.id, id), isPublic()));
  return row ?? null;
}

/** Any story still in the database, for staff preview (the same renderer, any state). */
export async function findStoryForPreview(db: DbOrTx, id: string): Promise<StoryRow | null> {
  const [row] = await selectStories(db, eq(articles.id, id));
  return row ?? null;
}

/** Names of the staff credited on a story, in byline order. */
export async function listAuthorNames(db: DbOrTx, articleId: string): Promise<string[]> {
  const rows = await db
    .select({ name: users.name })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(asc(articleAuthors.position));
  return rows.map((r) => r.name);
}

export interface PublicUpdate {
  kind: 'update' | 'correction';
  note: string;
  publishedAt: Date;
}

/** The notes readers see under the date line: every correction, and the updates that came with a note. Newest first. */
export async function listPublicUpdates(db: DbOrTx, articleId: string): Promise<PublicUpdate[]> {
  return db
    .select({ kind: articleUpdates.kind, note: articleUpdates.note, publishedAt: articleUpdates.publishedAt })
    .from(articleUpdates)
    .where(
      and(
        eq(articleUpdates.articleId, articleId),
        or(eq(articleUpdates.kind, 'correction'), ne(articleUpdates.note, '')),
      ),
    )
    .orderBy(desc(articleUpdates.publishedAt))
    .limit(50);
}

/** Headline and URL of each id that is public; the others are absent (read-more boxes vanish). */
export async function resolvePublicStories(
  db: DbOrTx,
  ids: readonly string[],
): Promise<Map<string, { headline: string; url: string }>> {
  const out = new Map<string, { headline: string; url: string }>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({ id: articles.id, headline: articles.headline, slug: articles.slug })
    .from(articles)
    .where(and(inArray(articles.id, [...new Set(ids)]), isPublic()));
  for (const r of rows) out.set(r.id, { headline: r.headline, url: storyPath(r.id, r.slug) });
  return out;
}

export interface StoryCard {
  id: string;
  slug: string;
  headline: string;
  kicker: string;
  summary: string;
  byline: string;
  leadMediaId: string | null;
  publishedAt: Date;
  publicUpdatedAt: Date | null;
  sectionSlug: string | null;
  sectionName: string | null;
}

const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  kicker: articles.kicker,
  summary: articles.summary,
  byline: articles.byline,
  leadMediaId: articles.leadMediaId,
  publishedAt: articles.publishedAt,
  publicUpdatedAt: articles.publicUpdatedAt,
  sectionSlug: sections.slug,
  sectionName: sections.nameBn,
  // Microseconds kept: a JS Date would cut them and the keyset would skip rows.
  cursorAt: cursorTimestamp(articles.publishedAt),
};

/** The public related-stories list of a story, in the desk's order. */
export async function listPublicRelated(db: DbOrTx, articleId: string): Promise<StoryCard[]> {
  const rows = await db
    .select(cardColumns)
    .from(relatedLinks)
    .innerJoin(articles, eq(articles.id, relatedLinks.targetId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(relatedLinks.articleId, articleId), isPublic()))
    .orderBy(asc(relatedLinks.position))
    .limit(12);
  return rows as StoryCard[];
}

export interface CardPage {
  items: StoryCard[];
  nextCursor: string | null;
}

/** Published stories, newest first, in keyset pages on (published_at, id); optionally one section. */
export async function listPublicStories(
  db: DbOrTx,
  params: { sectionId?: string; before?: { at: string; id: string } | null; limit: number; since?: Date },
): Promise<CardPage> {
  const where: SQL[] = [isPublic()];
  if (params.sectionId) where.push(eq(articles.sectionId, params.sectionId));
  if (params.since) where.push(gte(articles.publishedAt, params.since));
  if (params.before) {
    where.push(
      sql`(${articles.publishedAt}, ${articles.id}) < (${params.before.at}::timestamptz, ${params.before.id}::uuid)`,
    );
  }
  const rows = await db
    .select(cardColumns)
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(...where))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(params.limit + 1);
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ cursorAt: _c, ...card }) => card as StoryCard),
    nextCursor:
      rows.length > params.limit && last ? publicListCursor.encode({ at: last.cursorAt, id: last.id }) : null,
  };
}

/** A sitemap may hold at most this many URLs (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * The months that have public stories, newest first, each with its last change:
 * one story sitemap per month keeps every story listed (a single sitemap stops at
 * 50,000) and leaves old months' files unchanged as news is added.
 */
/** The public stories first published in one month (`YYYY-MM`, newsroom time), for its sitemap. */
export async function listSitemapEntries(db: DbOrTx, month: string, timeZone: string) {
  const start = sql`(${`${month}-01`}::timestamp at time zone ${timeZone})`;
  const end = sql`((${`${month}-01`}::timestamp + interval '1 month') at time zone ${timeZone})`;
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      publishedAt: articles.publishedAt,
      publicUpdatedAt: articles.publicUpdatedAt,
    })
    .from(articles)
    .where(and(isPublic(), sql`${articles.publishedAt} >= ${start}`, sql`${articles.publishedAt} < ${end}`))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(SITEMAP_MAX_URLS);
}

export async function findSectionBySlug(db: DbOrTx, slug: string) {
  const [row] = await db
    .select({ id: sections.id, slug: sections.slug, nameBn: sections.nameBn, nameEn: sections.nameEn })
    .from(sections)
    .where(eq(sections.slug, slug))
    .limit(1);
  return row ?? null;
}

export async function listNavSections(db: DbOrTx) {
  return db
    .select({ slug: sections.slug, nameBn: sections.nameBn })
    .from(sections)
    .where(and(eq(sections.hidden, false), isNull(sections.archivedAt)))
    .orderBy(asc(sections.position), asc(sections.nameEn));
}
