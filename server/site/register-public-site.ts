import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import type { Database } from '../db/client';
import type { EventBus } from '../events/bus';
import type { BartaMetrics } from '../ops/metrics';
import { registerPublicApiRoutes } from './api.routes';
import { registerSiteAssets } from './assets';
import { TAGS } from './cache-tags';
import { registerFeedRoutes } from './feeds.routes';
import { PageCache } from './page-cache';
import { registerPageRoutes } from './pages.routes';
import { registerPreviewRoute } from './preview.routes';
import { forgetSiteChrome, originOf, type SiteDeps } from './site-context';

/**
 * The public site: reader pages, feeds, sitemaps, the public JSON API, staff
 * preview, and the stylesheet and self-hosted fonts they use. Server-rendered
 * HTML with no script, so it works without JavaScript and under the strict CSP.
 */
export async function registerPublicSite(
  app: FastifyInstance,
  {
    config,
    database,
    events,
    metrics,
  }: { config: Config; database: Database; events: EventBus; metrics?: BartaMetrics },
): Promise<PageCache | null> {
  const { cssUrl } = registerSiteAssets(app);
  const cache =
    config.pageCache.maxBytes > 0
      ? new PageCache({ maxBytes: config.pageCache.maxBytes, maxAgeMs: config.pageCache.maxAgeMs })
      : null;
  // Changes announced by the outbox reach every instance through the event relay.
  const unsubscribe = events.subscribe((event) => {
    if (event.type !== 'cache.invalidate') return;
    cache?.invalidate(event.tags);
    if (event.tags.includes(TAGS.site)) forgetSiteChrome(deps);
  });
  app.addHook('onClose', async () => unsubscribe());
  const deps: SiteDeps = {
    config,
    db: database.db,
    cssUrl,
    cache: {
      cache,
      sMaxAge: config.pageCache.sMaxAge,
      originOf: (req) => originOf(req, config),
      recordLookup: metrics ? (hit) => metrics.recordCacheLookup(hit) : undefined,
    },
  };
  registerPageRoutes(app, deps);
  registerPreviewRoute(app, deps);
  registerFeedRoutes(app, deps);
  registerPublicApiRoutes(app, deps);
  return cache;
}
