import { sql } from 'drizzle-orm';
import { noticeFields } from '../../../shared/notifications/notices';
import { articles } from '../../db/schema';
import { writeStory } from '../articles/write-story';
import { publishUpdate } from '../publication/publish-updates';
import { deskAndAuthors } from '../workflow/notify';
import { type ClaimDeps, claimDue, claimMeta } from './claim-publications';

export interface UpdateOutcome {
  id: string;
  publishAt: Date;
  latenessMs: number;
  status: 'published' | 'failed';
  reasons?: string[];
}

/**
 * Scheduled updates of live stories: the same claim as first publications, each
 * published through the pipeline's `publishUpdate`. An update that fails its checks
 * at the due time stays pending, off the schedule, and the desk is told; readers keep
 * the live version.
 */
export async function claimDueUpdates(deps: ClaimDeps, limit = 20): Promise<UpdateOutcome[]> {
  return deps.db.transaction(async (tx) => {
    const claimed = await claimDue(tx, {
      where: sql`${articles.status} = 'published' and ${articles.pending} is not null`,
      dueColumn: articles.pendingPublishAt,
      limit,
    });
    const outcomes: UpdateOutcome[] = [];
    for (const row of claimed) {
      const base = { id: row.id, publishAt: row.dueAt, latenessMs: row.latenessMs };
      const result = await publishUpdate(tx, row, null, deps, {
        note: { note: row.pendingNote ?? '', correction: row.pendingCorrection },
        now: row.dbNow,
        auditMeta: claimMeta(deps, row, 'publishAt'),
      });
      if ('row' in result) {
        outcomes.push({ ...base, status: 'published' });
        continue;
      }
      const recipients = await deskAndAuthors(tx, row.id);
      await writeStory(tx, null, {
        before: row,
        set: { pendingPublishAt: null },
        audit: { action: 'article.update_schedule_failed', meta: { reasons: result.reasons } },
        outbox: (written) => [
          {
            kind: 'event',
            payload: {
              type: 'article.changed',
              articleId: written.id,
              status: written.status,
              version: written.version,
            },
          },
          {
            kind: 'notify',
            payload: {
              userIds: recipients,
              kind: 'schedule_failed',
              articleId: written.id,
              ...noticeFields({ key: 'updateFailed', headline: written.headline, reasons: result.reasons }),
            },
          },
        ],
      });
      outcomes.push({ ...base, status: 'failed', reasons: result.reasons });
    }
    return outcomes;
  });
}
