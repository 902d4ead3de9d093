import type { DbOrTx } from '../../db/client';
import type { EventBus } from '../../events/bus';
import { TAGS } from '../../site/cache-tags';
import { enqueuePageInvalidation } from '../outbox/enqueue';

/**
 * Every public page shows the site's sections, name and imprint. A change to them
 * queues the `site` invalidation in its own transaction: every instance's page cache
 * (and a CDN, when configured) drops those pages once it commits.
 */
export function invalidateSiteChrome(tx: DbOrTx): Promise<void> {
  return enqueuePageInvalidation(tx, 'site', [TAGS.site]);
}

/** After the commit: run the outbox now rather than at its next poll. */
export function announceSiteChange(events: EventBus): void {
  events.publish({ type: 'outbox.queued' });
}
