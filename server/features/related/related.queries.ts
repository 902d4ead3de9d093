import { and, asc, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { LinkedStoryFact } from '../../../shared/articles/checklist';
import type { ArticleStatus } from '../../../shared/articles/status';
import type { DbOrTx } from '../../db/client';
import { articles, media, relatedLinks, sections, storyLinks } from '../../db/schema';
import { thumbnailOf } from './thumbnail';

export const LINK_KINDS = ['read_more', 'inline', 'related'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** What the dashboard shows of a linked story: enough to recognise it and see whether readers can. */
export interface StoryCard {
  id: string;
  headline: string;
  status: ArticleStatus;
  /** In the bin: readers never see it, whatever its status says. */
  deleted: boolean;
  /** The section's Bengali name; the dashboard shows `sectionNameEn` to English readers. */
  sectionName: string | null;
  sectionNameEn: string | null;
  publishAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  thumbnail: string | null;
}

export const cardColumns = {
  id: articles.id,
  headline: articles.headline,
  status: articles.status,
  deletedAt: articles.deletedAt,
  sectionName: sections.nameBn,
  sectionNameEn: sections.nameEn,
  publishAt: articles.publishAt,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  renditions: media.renditions,
};

type CardRow = {
  id: string;
  headline: string;
  status: ArticleStatus;
  deletedAt: Date | null;
  sectionName: string | null;
  sectionNameEn: string | null;
  publishAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  renditions: Parameters<typeof thumbnailOf>[0];
};

export function toCard(row: CardRow): StoryCard {
  return {
    id: row.id,
    headline: row.headline,
    status: row.status,
    deleted: row.deletedAt !== null,
    sectionName: row.sectionName,
    sectionNameEn: row.sectionNameEn,
    publishAt: row.publishAt,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    thumbnail: thumbnailOf(row.renditions),
  };
}

/** One story as a card, or null when it no longer exists at all (purged). */
export async function getStoryCard(db: DbOrTx, id: string): Promise<StoryCard | null> {
  const [row] = await db
    .select(cardColumns)
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.leadMediaId))
    .where(eq(articles.id, id));
  return row ? toCard(row) : null;
}

/** The story's related list in its `position` order, each with its current state and thumbnail. */
export async function listRelated(
  db: DbOrTx,
  articleId: string,
): Promise<(StoryCard & { position: number })[]> {
  const rows = await db
    .select({ ...cardColumns, position: relatedLinks.position })
    .from(relatedLinks)
    .innerJoin(articles, eq(articles.id, relatedLinks.targetId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.leadMediaId))
    .where(eq(relatedLinks.articleId, articleId))
    .orderBy(asc(relatedLinks.position), asc(relatedLinks.targetId));
  return rows.map((row) => ({ ...toCard(row), position: row.position }));
}

/** Stories that link to this one (read-more, inline or related list), with how they link. */
export async function listBacklinks(
  db: DbOrTx,
  articleId: string,
  options: { publishedOnly?: boolean } = {},
): Promise<(StoryCard & { kinds: LinkKind[] })[]> {
  const rows = await db
    .select({
      ...cardColumns,
      kinds: sql<LinkKind[]>`array_agg(distinct ${storyLinks.kind} order by ${storyLinks.kind})`,
    })
    .from(storyLinks)
    .innerJoin(articles, eq(articles.id, storyLinks.sourceId))
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.leadMediaId))
    .where(
      and(
        eq(storyLinks.targetId, articleId),
        ne(storyLinks.sourceId, articleId),
        isNull(articles.deletedAt),
        options.publishedOnly ? eq(articles.status, 'published') : undefined,
      ),
    )
    .groupBy(articles.id, sections.id, media.id)
    .orderBy(desc(articles.updatedAt), asc(articles.id))
    .limit(500);
  return rows.map((row) => ({ ...toCard(row), kinds: row.kinds }));
}

/**
 * Published stories that link to this one: taking it down (unpublish, archive,
 * delete) leaves their links pointing nowhere, so the dashboard warns first.
 */
export function publishedBacklinks(db: DbOrTx, articleId: string) {
  return listBacklinks(db, articleId, { publishedOnly: true });
}

/**
 * What taking this story down would break: published stories that link to it now,
 * and scheduled ones whose publish checklist would then refuse them.
 */
export async function takedownImpact(db: DbOrTx, articleId: string) {
  const all = await listBacklinks(db, articleId);
  const published = all.filter((s) => s.status === 'published');
  const scheduled = all.filter((s) => s.status === 'scheduled');
  const count = published.length;
  return {
    published,
    scheduled,
    message:
      count === 0
        ? null
        : `${count === 1 ? 'One published story links' : `${count} published stories link`} to this story. ` +
          'Readers will no longer see those links; they will appear in Broken links for the desk to fix.',
  };
}

/**
 * Every story this one links to (body links and related list), with what the publish
 * checklist needs to judge it: the workflow's "no link to an unpublished story" item.
 */
export async function linkedStoriesStatus(tx: DbOrTx, articleId: string): Promise<LinkedStoryFact[]> {
  const rows = await tx
    .select({
      targetId: storyLinks.targetId,
      kind: storyLinks.kind,
      headline: articles.headline,
      status: articles.status,
      publishAt: articles.publishAt,
      deletedAt: articles.deletedAt,
    })
    .from(storyLinks)
    .leftJoin(articles, eq(articles.id, storyLinks.targetId))
    .where(and(eq(storyLinks.sourceId, articleId), ne(storyLinks.targetId, articleId)))
    .orderBy(asc(storyLinks.kind), asc(storyLinks.targetId));
  return rows.map((row) => ({
    targetId: row.targetId,
    kind: row.kind,
    headline: row.deletedAt || row.headline === null ? null : row.headline,
    status: row.deletedAt || row.status === null ? null : row.status,
    publishAt: row.publishAt,
  }));
}
