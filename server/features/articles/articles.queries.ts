import { and, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client';
import { cursorKey, cursorTimestamp, defineCursor } from '../../db/keyset-cursor';
import { articleAuthors, articleRevisions, articles, sections, users } from '../../db/schema';
import { notFound } from './load-article';
import { currentLock } from './locks';
import type { ArticleSnapshot } from './revisions';

const pendingAuthor = alias(users, 'pending_author');

/** Everything the editor opens with. */
export async function getArticleForEditor(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: articles.id,
      status: articles.status,
      headline: articles.headline,
      kicker: articles.kicker,
      summary: articles.summary,
      byline: articles.byline,
      sectionId: articles.sectionId,
      tags: articles.tags,
      slug: articles.slug,
      slugAuto: articles.slugAuto,
      body: articles.body,
      wordCount: articles.wordCount,
      leadMediaId: articles.leadMediaId,
      leadCaption: articles.leadCaption,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      publishAt: articles.publishAt,
      publishedAt: articles.publishedAt,
      unpublishAt: articles.unpublishAt,
      embargoUntil: articles.embargoUntil,
      scheduleError: articles.scheduleError,
      version: articles.version,
      createdAt: articles.createdAt,
      updatedAt: articles.updatedAt,
      updatedByName: users.name,
      deletedAt: articles.deletedAt,
      publicUpdatedAt: articles.publicUpdatedAt,
      bodyText: articles.bodyText,
      pending: articles.pending,
      pendingAt: articles.pendingAt,
      pendingByName: pendingAuthor.name,
      pendingReviewed: articles.pendingReviewed,
      pendingPublishAt: articles.pendingPublishAt,
      pendingNote: articles.pendingNote,
      pendingCorrection: articles.pendingCorrection,
    })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.updatedBy))
    .leftJoin(pendingAuthor, eq(pendingAuthor.id, articles.pendingBy))
    .where(eq(articles.id, id));
  if (!row) throw notFound();
  const liveAuthors = await db
    .select({ id: users.id, name: users.name })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(eq(articleAuthors.articleId, id))
    .orderBy(articleAuthors.position);
  const { pending: pendingSnapshot, bodyText, ...story } = row;
  const live = {
    headline: row.headline,
    kicker: row.kicker,
    summary: row.summary,
    bodyText,
  };
  const lock = await currentLock(db, id);
  const pending = pendingSnapshot as ArticleSnapshot | null;
  if (!pending) {
    return {
      ...story,
      authorIds: liveAuthors.map((a) => a.id),
      authors: liveAuthors,
      lock,
      live,
      pendingUpdate: null,
    };
  }
  // A live story's editor works on its pending update; the live text comes along for the comparison.
  const names = pending.authorIds.length
    ? await db
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(inArray(users.id, pending.authorIds))
    : [];
  const authors = pending.authorIds.flatMap((aid) => names.filter((n) => n.id === aid));
  const { bodyText: pendingText, authorIds, ...content } = pending;
  return {
    ...story,
    ...content,
    wordCount: story.wordCount,
    authorIds,
    authors,
    lock,
    live,
    pendingUpdate: {
      at: row.pendingAt,
      byName: row.pendingByName,
      reviewed: row.pendingReviewed,
      publishAt: row.pendingPublishAt,
      note: row.pendingNote,
      correction: row.pendingCorrection,
      bodyText: pendingText,
    },
  };
}

export async function listRevisions(db: DbOrTx, articleId: string) {
  return db
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      reason: articleRevisions.reason,
      createdAt: articleRevisions.createdAt,
      updatedAt: articleRevisions.updatedAt,
      createdByName: users.name,
      /** Everyone who typed into a co-edited revision, by name; null for a one-person save. */
      contributorNames: sql<
        string[] | null
      >`(select array_agg(c.name order by c.name) from users c where c.id = any(${articleRevisions.contributorIds}))`,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.createdBy))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.version))
    .limit(500);
}

export async function getRevision(db: DbOrTx, articleId: string, revisionId: string) {
  const [row] = await db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.id, revisionId)));
  if (!row) throw notFound();
  return row;
}

const recentCursor = defineCursor('articles.recent', z.tuple([cursorKey.timestamp, cursorKey.uuid]));

/** Recently edited stories, newest first, keyset on (updatedAt, id). The full story list lives in the search feature. */
export async function listRecentArticles(
  db: DbOrTx,
  params: { deleted: boolean; limit: number; cursor?: string },
) {
  const after = params.cursor ? recentCursor.decode(params.cursor) : null;
  const keyset = after
    ? sql`(${articles.updatedAt}, ${articles.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
    : undefined;
  const rows = await db
    .select({
      id: articles.id,
      headline: articles.headline,
      status: articles.status,
      sectionName: sections.nameBn,
      sectionNameEn: sections.nameEn,
      updatedAt: articles.updatedAt,
      updatedByName: users.name,
      deletedAt: articles.deletedAt,
      wordCount: articles.wordCount,
      cursorAt: cursorTimestamp(articles.updatedAt),
    })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(users, eq(users.id, articles.updatedBy))
    .where(and(params.deleted ? isNotNull(articles.deletedAt) : isNull(articles.deletedAt), keyset))
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(params.limit + 1);
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ cursorAt: _, ...item }) => item),
    nextCursor: rows.length > params.limit && last ? recentCursor.encode([last.cursorAt, last.id]) : null,
  };
}
