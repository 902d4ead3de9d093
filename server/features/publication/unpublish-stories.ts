import { noticeFields } from '../../../shared/notifications/notices';
import type { Tx } from '../../db/client';
import { refreshSitemapMonths } from '../../site/sitemap-months';
import type { ArticleRow } from '../articles/load-article';
import { type Actor, type StoryWrite, writeStories } from '../articles/write-story';
import { type PublicationDeps, publicationMessages } from './messages';
import { storyPeopleOf } from './publish-stories';

/**
 * Takes stories down: a person's unpublish (with the reason on record) or the
 * scheduler's expiry. `published_at` is kept for a later republication; a pending
 * update or expiry has nothing left to do. Same side effects as every publication.
 */
export async function unpublishStories(
  tx: Tx,
  rows: ArticleRow[],
  actor: Actor | null,
  deps: PublicationDeps,
  options: { reason: string; auditMeta?: (row: ArticleRow) => Record<string, unknown> },
): Promise<ArticleRow[]> {
  const set: StoryWrite['set'] = { status: 'unpublished', unpublishAt: null, pendingPublishAt: null };
  const people = await storyPeopleOf(tx, rows, actor?.id ?? null);
  const written = await writeStories(
    tx,
    actor,
    rows.map((before) => ({
      before,
      set,
      audit: {
        action: 'article.unpublish',
        before: { status: before.status },
        after: { status: 'unpublished' },
        meta: { reason: options.reason, ...options.auditMeta?.(before) },
      },
      outbox: (row) =>
        publicationMessages(row, {
          event: 'article.unpublished',
          deps,
          data: { reason: options.reason },
          notify: {
            userIds: people.get(row.id) ?? [],
            ...noticeFields({ key: 'takenDown', headline: row.headline, note: options.reason }),
          },
        }),
    })),
  );
  await refreshSitemapMonths(
    tx,
    written.map((r) => r.publishedAt),
  );
  return written;
}
