import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { articles } from '../../db/schema';

/**
 * The user's own draft that "New story" made and nobody ever typed into (still
 * version 1, no headline, summary, text or image). Opening "New story" again
 * returns it instead of leaving another "(untitled)" draft behind.
 */
export async function findUntouchedDraft(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ id: articles.id, version: articles.version, slug: articles.slug, status: articles.status })
    .from(articles)
    .where(
      and(
        eq(articles.createdBy, userId),
        eq(articles.status, 'draft'),
        eq(articles.version, 1),
        isNull(articles.deletedAt),
        eq(articles.headline, ''),
        eq(articles.kicker, ''),
        eq(articles.summary, ''),
        eq(articles.bodyText, ''),
        isNull(articles.leadMediaId),
        isNull(articles.sectionId),
      ),
    )
    .orderBy(desc(articles.createdAt))
    .limit(1);
  return row ?? null;
}
