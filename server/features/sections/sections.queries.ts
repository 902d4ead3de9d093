import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { articles, sections } from '../../db/schema';

/** Sections a story can be filed in, in masthead order (archived ones left out). */
export async function listSections(db: DbOrTx) {
  return db
    .select({
      id: sections.id,
      slug: sections.slug,
      nameBn: sections.nameBn,
      nameEn: sections.nameEn,
      position: sections.position,
      hidden: sections.hidden,
    })
    .from(sections)
    .where(isNull(sections.archivedAt))
    .orderBy(asc(sections.position), asc(sections.nameEn));
}

/** The sections screen: every section, archived last, with how many stories each holds. */
export async function listSectionsForManagement(db: DbOrTx) {
  const storyCounts = db
    .select({ sectionId: articles.sectionId, n: count().as('n') })
    .from(articles)
    .groupBy(articles.sectionId)
    .as('story_counts');
  return db
    .select({
      id: sections.id,
      slug: sections.slug,
      nameBn: sections.nameBn,
      nameEn: sections.nameEn,
      position: sections.position,
      hidden: sections.hidden,
      archivedAt: sections.archivedAt,
      storyCount: sql<number>`coalesce(${storyCounts.n}, 0)::int`,
    })
    .from(sections)
    .leftJoin(storyCounts, eq(storyCounts.sectionId, sections.id))
    .orderBy(sql`${sections.archivedAt} is not null`, asc(sections.position), asc(sections.nameEn));
}

/** Stories filed in a section, in the bin or not: any of them keeps it from being deleted. */
export async function countSectionStories(db: DbOrTx, sectionId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(articles)
    .where(eq(articles.sectionId, sectionId));
  return row.n;
}

export async function findSectionBySlugExcept(db: DbOrTx, slug: string, exceptId: string | null) {
  const [row] = await db
    .select({ id: sections.id, nameEn: sections.nameEn })
    .from(sections)
    .where(
      exceptId ? and(eq(sections.slug, slug), sql`${sections.id} <> ${exceptId}`) : eq(sections.slug, slug),
    )
    .limit(1);
  return row ?? null;
}
