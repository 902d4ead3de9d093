import type { FastifyInstance } from 'fastify';
import { renderNewsSitemap, renderRss, renderSitemap } from './feeds';
import { sendCacheable } from './http-cache';
import { listNavSections, listPublicStories, listSitemapEntries } from './public-articles.queries';
import { originOf, type SiteDeps } from './site-context';

const XML = 'application/xml; charset=utf-8';
/** Google News takes stories of the last two days. */
const NEWS_WINDOW_MS = 48 * 3600_000;

export function registerFeedRoutes(app: FastifyInstance, deps: SiteDeps): void {
  const { db, config } = deps;
  const feedSite = (origin: string) => ({ name: deps.site.name, origin });

  app.get('/rss.xml', async (req, reply) => {
    const { items } = await listPublicStories(db, { limit: 50 });
    const body = renderRss(items, feedSite(originOf(req, config)));
    return sendCacheable(req, reply, body, 'application/rss+xml; charset=utf-8');
  });

  app.get('/sitemap.xml', async (req, reply) => {
    const [entries, sections] = await Promise.all([listSitemapEntries(db), listNavSections(db)]);
    return sendCacheable(req, reply, renderSitemap(entries, sections, originOf(req, config)), XML);
  });

  app.get('/news-sitemap.xml', async (req, reply) => {
    const since = new Date(Date.now() - NEWS_WINDOW_MS);
    const { items } = await listPublicStories(db, { limit: 1000, since });
    return sendCacheable(req, reply, renderNewsSitemap(items, feedSite(originOf(req, config))), XML);
  });

  app.get('/robots.txt', async (req, reply) => {
    const origin = originOf(req, config);
    const body = `User-agent: *\nDisallow: /admin\nDisallow: /preview/\nDisallow: /trpc/\n\nSitemap: ${origin}/sitemap.xml\nSitemap: ${origin}/news-sitemap.xml\n`;
    return sendCacheable(req, reply, body, 'text/plain; charset=utf-8');
  });
}
