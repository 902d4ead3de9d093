import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { ArticleContent } from '../../../shared/articles/schemas';
import type { Tx } from '../../db/client';
import { insertMany } from '../../db/insert-many';
import { articleRevisions, type RevisionReason } from '../../db/schema';

/** What a revision keeps: the story's content fields and body, with its plain text for diffs. */
export type ArticleSnapshot = Omit<ArticleContent, 'body'> & { body: unknown; bodyText: string };

export const AUTOSAVE_COALESCE_MINUTES = 5;

export interface RevisionParams {
  articleId: string;
  /** The version this snapshot holds (the save made it: the text it replaced is `version - 1`). */
  version: number;
  reason: RevisionReason;
  userId: string | null;
  /** The editor tab that saved; writes without one (meta edits, publication) never coalesce. */
  tabId?: string | null;
  snapshot: ArticleSnapshot;
  /** Everyone who typed into a co-edited snapshot (server/features/collab). */
  contributorIds?: string[];
}

interface LatestRevision {
  reason: RevisionReason;
  version: number;
  createdBy: string | null;
  tabId: string | null;
}

/**
 * Whether this save may extend the latest revision instead of adding one. Only an
 * autosave directly after the same tab's own autosave does: then the text it replaces
 * came from that tab and nobody else's words are overwritten. A save replacing text
 * from another tab, device or person (Keep mine after a conflict, a take-over, a
 * restored device copy) therefore always leaves the replaced text as its own revision.
 */
export function mayCoalesce(latest: LatestRevision | undefined, next: RevisionParams): boolean {
  return Boolean(
    latest &&
      next.reason === 'autosave' &&
      next.userId &&
      next.tabId &&
      latest.reason === 'autosave' &&
      latest.createdBy === next.userId &&
      latest.tabId === next.tabId &&
      // Consecutive: the revision holds exactly the text this save replaces.
      latest.version === next.version - 1,
  );
}

/**
 * Records a revision. Consecutive autosaves from one tab within 5 minutes of that
 * tab's autosave revision update it instead of adding one (see mayCoalesce).
 */
export async function recordRevision(tx: Tx, params: RevisionParams): Promise<void> {
  if (params.reason === 'autosave' && params.tabId) {
    const [latest] = await tx
      .select({
        id: articleRevisions.id,
        reason: articleRevisions.reason,
        version: articleRevisions.version,
        createdBy: articleRevisions.createdBy,
        tabId: articleRevisions.tabId,
        contributorIds: articleRevisions.contributorIds,
      })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, params.articleId))
      .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.version))
      .limit(1);
    if (latest && mayCoalesce(latest, params)) {
      const updated = await tx
        .update(articleRevisions)
        .set({
          snapshot: params.snapshot,
          version: params.version,
          updatedAt: sql`now()`,
          // A coalesced co-edited revision keeps everyone who typed into it.
          ...(params.contributorIds
            ? { contributorIds: [...new Set([...(latest.contributorIds ?? []), ...params.contributorIds])] }
            : {}),
        })
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
    tabId: params.tabId ?? null,
    contributorIds: params.contributorIds ?? null,
  });
}

/**
 * Records the revisions of a write. Autosaves go one by one (they may coalesce);
 * the rest, such as a scheduler batch's publications, are inserted together.
 */
export async function recordRevisions(tx: Tx, list: RevisionParams[]): Promise<void> {
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
      tabId: r.tabId ?? null,
      contributorIds: r.contributorIds ?? null,
    })),
  );
}
