import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import { type ChecklistFacts, figuresOf } from '../../../shared/articles/checklist';
import type { DbOrTx } from '../../db/client';
import { articles, media, storyLinks } from '../../db/schema';
import type { ArticleRow } from '../articles/load-article';

/**
 * Everything the publish checklist looks at, for one story or many in three
 * queries: a burst of due stories must not cost a round trip per check.
 * `publishAt` is when each story is to go out (null: now).
 */
export async function gatherChecklistFactsBatch(
  tx: DbOrTx,
  rows: (ArticleRow & { publishAt: Date | null })[],
): Promise<Map<string, ChecklistFacts>> {
  const ids = rows.map((r) => r.id);
  const leadIds = [...new Set(rows.map((r) => r.leadMediaId).filter((id): id is string => id !== null))];
  const slugs = [...new Set(rows.map((r) => r.slug).filter(Boolean))];
  const leads = leadIds.length
    ? await tx
        .select({ id: media.id, alt: media.alt, caption: media.caption, credit: media.credit })
        .from(media)
        .where(inArray(media.id, leadIds))
    : [];
  const links = ids.length
    ? await tx
        .select({
          sourceId: storyLinks.sourceId,
          targetId: storyLinks.targetId,
          kind: storyLinks.kind,
          headline: articles.headline,
          status: articles.status,
          publishAt: articles.publishAt,
          deletedAt: articles.deletedAt,
        })
        .from(storyLinks)
        .leftJoin(articles, eq(articles.id, storyLinks.targetId))
        .where(and(inArray(storyLinks.sourceId, ids), ne(storyLinks.targetId, storyLinks.sourceId)))
    : [];
  const slugOwners = slugs.length
    ? await tx
        .select({ id: articles.id, slug: articles.slug })
        .from(articles)
        .where(and(inArray(articles.slug, slugs), isNull(articles.deletedAt)))
    : [];
  const leadById = new Map(leads.map((l) => [l.id, l]));
  const facts = new Map<string, ChecklistFacts>();
  for (const article of rows) {
    const lead = article.leadMediaId ? leadById.get(article.leadMediaId) : undefined;
    facts.set(article.id, {
      headline: article.headline,
      sectionId: article.sectionId,
      summary: article.summary,
      bodyText: article.bodyText,
      figures: figuresOf(article.body),
      lead: article.leadMediaId
        ? {
            alt: lead?.alt ?? '',
            // The story's own caption overrides the library's.
            caption: article.leadCaption ?? lead?.caption ?? '',
            credit: lead?.credit ?? '',
          }
        : null,
      links: links
        .filter((l) => l.sourceId === article.id)
        .map((row) => ({
          targetId: row.targetId,
          kind: row.kind,
          headline: row.deletedAt ? null : row.headline,
          status: row.deletedAt ? null : row.status,
          publishAt: row.publishAt,
        })),
      slug: article.slug,
      slugTaken: slugOwners.some((o) => o.slug === article.slug && o.id !== article.id),
      publishAt: article.publishAt ?? new Date(),
    });
  }
  return facts;
}
