import { sql } from 'drizzle-orm';
import { articles } from '../../db/schema';
import { unpublishStories } from '../publication/unpublish-stories';
import { type ClaimDeps, claimDue, claimMeta } from './claim-publications';

export interface UnpublishOutcome {
  id: string;
  unpublishAt: Date;
  latenessMs: number;
}

/**
 * Scheduled unpublish (expiry): the same claim as publishing, on `published` stories
 * whose `unpublish_at` has come, taken down through the publication pipeline. The
 * expiry is cleared so a story published again is not taken straight back down.
 */
export async function claimDueUnpublications(deps: ClaimDeps, limit = 50): Promise<UnpublishOutcome[]> {
  return deps.db.transaction(async (tx) => {
    const claimed = await claimDue(tx, {
      where: sql`${articles.status} = 'published'`,
      dueColumn: articles.unpublishAt,
      limit,
    });
    if (claimed.length === 0) return [];
    const byId = new Map(claimed.map((row) => [row.id, row]));
    await unpublishStories(tx, claimed, null, deps, {
      reason: 'Its expiry time came.',
      auditMeta: (row) => claimMeta(deps, byId.get(row.id)!, 'unpublishAt'),
    });
    return claimed.map((r) => ({ id: r.id, unpublishAt: r.dueAt, latenessMs: r.latenessMs }));
  });
}
