import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { ArticleContent } from '../../../shared/articles/schemas';
import type { Tx } from '../../db/client';
import { insertMany } from '../../db/insert-many';
import { articleRevisions, type RevisionReason } from '../../db/schema';

/** What a revision keeps: the story's content fields and body, with its plain text for diffs. */
export type ArticleSnapshot = Omit<ArticleContent, 'body'> & { body: unknown; bodyText: string };

export const AUTOSAVE_COALESCE_MINUTES = 5;

/**
 * Records a revision. Autosaves by one user within 5 minutes of their last
 * autosave revision update that revision instead of adding one.
 */
export async function recordRevision(
  tx: Tx,
  params: {
    articleId: string;
    version: number;
    reason: RevisionReason;
    userId: string | null;
    /** The editor tab that saved, when a person saved from the editor. */
    tabId?: string;
    snapshot: ArticleSnapshot;
  },
): Promise<void> {
  if (params.reason === 'autosave' && params.userId) {
    const [latest] = await tx
      .select({
        id: articleRevisions.id,
        reason: articleRevisions.reason,
        createdBy: articleRevisions.createdBy,
      })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, params.articleId))
      .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.version))
      .limit(1);
    if (latest && latest.reason === 'autosave' && latest.createdBy === params.userId) {
      const updated = await tx
        .update(articleRevisions)
        .set({ snapshot: params.snapshot, version: params.version, updatedAt: sql`now()` })
        .where(
          and(
            eq(articleRevisions.id, latest.id),
            gt(articleRevisions.createdAt, sql`now() - make_interval(mins => ${AUTOSAVE_COALESCE_MINUTES})`),
          ),
        )
        .returning({ id: articleRevisions.id });
      if (updated.length > 0) return;
    }
  }
  await tx.insert(articleRevisions).values({
    articleId: params.articleId,
    version: params.version,
    reason: params.reason,
    snapshot: params.snapshot,
    createdBy: params.userId,
  });
}

/**
 * Records the revisions of a write. Autosaves go one by one (they may coalesce);
 * the rest, such as a scheduler batch's publications, are inserted together.
 */
export async function recordRevisions(tx: Tx, list: Parameters<typeof recordRevision>[1][]): Promise<void> {
  const batch = list.filter((r) => r.reason !== 'autosave');
  for (const r of list) if (r.reason === 'autosave') await recordRevision(tx, r);
  if (batch.length === 1) {
    await recordRevision(tx, batch[0]);
    return;
  }
  await insertMany(
    tx,
    articleRevisions,
    batch.map((r) => ({
      articleId: r.articleId,
      version: r.version,
      reason: r.reason,
      snapshot: r.snapshot,
      createdBy: r.userId,
    })),
  );
}
