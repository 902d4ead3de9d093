import type { Notice } from '../../../shared/notifications/notices';
import type { DbOrTx } from '../../db/client';
import { insertMany } from '../../db/insert-many';
import { outbox } from '../../db/schema';
import type { BartaEvent } from '../../events/bus';

/** What a committed change asks to happen afterwards. */
export type OutboxMessage =
  /** A live dashboard event, relayed to every instance. At least once. */
  | { kind: 'event'; payload: BartaEvent }
  /** In-app notifications: written in the same transaction that marks the row done. Exactly once. */
  | {
      kind: 'notify';
      payload: {
        userIds: string[];
        kind: string;
        articleId: string | null;
        /** English; `notice` (absent in messages queued before it existed) renders in each reader's language. */
        message: string;
        notice?: Notice;
      };
    }
  /** Cache invalidation hooks (public pages, CDN purge). At least once. */
  | {
      kind: 'cache';
      payload: {
        /** A story whose public life changed: its page, section, home, feeds and sitemaps. */
        articleId?: string;
        slug?: string;
        sectionId?: string | null;
        reason: string;
        /** Further page-cache tags (server/site/cache-tags.ts): a media item, the site's sections. */
        tags?: string[];
        /** Set when the change moved the story: the old address and section page change too. */
        previousSlug?: string;
        previousSectionId?: string | null;
      };
    }
  /** The outgoing webhook (WEBHOOK_URL). At least once, with an idempotency key. */
  | { kind: 'webhook'; payload: { event: string; data: Record<string, unknown> } };

/** Writes side effects in the caller's transaction: they happen only if it commits. */
export async function enqueueOutbox(tx: DbOrTx, messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await insertMany(
    tx,
    outbox,
    messages.map((m) => ({ kind: m.kind, payload: m.payload })),
  );
}

/** Public pages showing `tags` changed (server/site/cache-tags.ts): drop them from every cache once committed. */
export function enqueuePageInvalidation(tx: DbOrTx, reason: string, tags: string[]): Promise<void> {
  return enqueueOutbox(tx, [{ kind: 'cache', payload: { reason, tags } }]);
}
