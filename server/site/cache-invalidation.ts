import type { Config } from '../config';
import type { EventBus } from '../events/bus';
import type { OutboxProcessor } from '../features/outbox/outbox-processor';
import type { Logger } from '../trpc/context';
import { tagsOfChange } from './cache-tags';

/**
 * Wires the outbox's cache messages to what caches public pages: every instance's
 * page cache (through a relayed `cache.invalidate` event) and, when configured, the
 * CDN's purge API. A failed purge throws, so the outbox retries it.
 */
export function registerCacheInvalidation(
  outbox: OutboxProcessor,
  deps: { events: EventBus; config: Config; log: Logger; fetchImpl?: typeof fetch },
): void {
  outbox.onInvalidate((payload) => {
    deps.events.publish({ type: 'cache.invalidate', tags: tagsOfChange(payload) });
  });
  const purge = deps.config.cdnPurge;
  if (!purge) return;
  outbox.onInvalidate(async (payload) => {
    const tags = tagsOfChange(payload);
    const templated = purge.url.includes('{tags}');
    const url = templated ? purge.url.replaceAll('{tags}', encodeURIComponent(tags.join(','))) : purge.url;
    const response = await (deps.fetchImpl ?? fetch)(url, {
      method: purge.method,
      headers: {
        'user-agent': 'Barta',
        ...(purge.authorization ? { authorization: purge.authorization } : {}),
        ...(templated ? {} : { 'content-type': 'application/json' }),
      },
      body: templated || purge.method === 'GET' ? undefined : JSON.stringify({ tags }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`CDN purge answered ${response.status}`);
  });
}
