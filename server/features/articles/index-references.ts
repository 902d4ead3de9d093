import { and, eq, ne } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { articleAuthors, mediaUsage, storyLinks } from '../../db/schema';
import type { PreparedContent } from './prepare-content';

/**
 * Rewrites what a story's content points at: its body links to other stories
 * (read-more and inline; the related list keeps its own rows), the images it
 * uses, and its credited authors. Runs in the save's transaction.
 */
export async function indexReferences(tx: Tx, articleId: string, prepared: PreparedContent): Promise<void> {
  await tx.delete(storyLinks).where(and(eq(storyLinks.sourceId, articleId), ne(storyLinks.kind, 'related')));
  const links = prepared.links.filter((link) => link.articleId !== articleId);
  if (links.length > 0) {
    await tx
      .insert(storyLinks)
      .values(links.map((link) => ({ sourceId: articleId, targetId: link.articleId, kind: link.kind })))
      .onConflictDoNothing();
  }

  await tx.delete(mediaUsage).where(eq(mediaUsage.articleId, articleId));
  const uses = [
    ...(prepared.columns.leadMediaId
      ? [{ mediaId: prepared.columns.leadMediaId, kind: 'lead' as const }]
      : []),
    ...prepared.figureMediaIds.map((mediaId) => ({ mediaId, kind: 'figure' as const })),
  ];
  if (uses.length > 0) {
    await tx
      .insert(mediaUsage)
      .values(uses.map((use) => ({ articleId, ...use })))
      .onConflictDoNothing();
  }

  await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId));
  if (prepared.authorIds.length > 0) {
    await tx
      .insert(articleAuthors)
      .values(prepared.authorIds.map((userId, position) => ({ articleId, userId, position })));
  }
}

export async function authorIdsOf(tx: Tx, articleId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: articleAuthors.userId })
    .from(articleAuthors)
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(articleAuthors.position);
  return rows.map((r) => r.userId);
}
