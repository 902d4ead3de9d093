import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { registerPublicApiRoutes } from './api.routes';
import { registerSiteAssets } from './assets';
import { registerFeedRoutes } from './feeds.routes';
import { registerPageRoutes } from './pages.routes';
import { registerPreviewRoute } from './preview.routes';
import type { SiteDeps } from './site-context';

/**
 * The public site: reader pages, feeds, sitemaps, the public JSON API, staff
 * preview, and the stylesheet and self-hosted fonts they use. Server-rendered
 * HTML with no script, so it works without JavaScript and under the strict CSP.
 */
export async function registerPublicSite(
  app: FastifyInstance,
  { config, database }: { config: Config; database: Database },
): Promise<void> {
  const { cssUrl } = registerSiteAssets(app);
  const deps: SiteDeps = {
    config,
    db: database.db,
    cssUrl,
  };
  registerPageRoutes(app, deps);
  registerPreviewRoute(app, deps);
  registerFeedRoutes(app, deps);
  registerPublicApiRoutes(app, deps);
}
