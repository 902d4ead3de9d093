import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TAGS } from './cache-tags';
import {
  renderNewsSitemap,
  renderPagesSitemap,
  renderRss,
  renderSitemapIndex,
  renderStoriesSitemap,
} from './feeds';
import { cachedRoute, sendCacheable } from './http-cache';
import { listNavSections, listPublicStories, listSitemapEntries } from './public-articles.queries';
import { originOf, type SiteDeps, siteOf } from './site-context';
import { listSitemapMonths } from './sitemap-months';

const XML = 'application/xml; charset=utf-8';
/** Google News takes stories of the last two days. */
const NEWS_WINDOW_MS = 48 * 3600_000;
/** `stories-2025-07.xml`: a month from 1900 to 2999, January to December. */
const MONTH_FILE = /^stories-((?:19|2\d)\d{2}-(?:0[1-9]|1[0-2]))\.xml$/;

export function registerFeedRoutes(app: FastifyInstance, deps: SiteDeps): void {
  const { db, config } = deps;
  const feedSite = async (origin: string) => ({ name: (await siteOf(deps)).name, origin });

  const cached = <R extends FastifyRequest>(handler: (req: R, reply: FastifyReply) => Promise<unknown>) =>
    cachedRoute(deps.cache, handler);

  app.get(
    '/rss.xml',
    cached(async (req, reply) => {
      const { items } = await listPublicStories(db, { limit: 50 });
      const body = renderRss(items, await feedSite(originOf(req, config)));
      return sendCacheable(req, reply, body, 'application/rss+xml; charset=utf-8', [TAGS.site, TAGS.feeds]);
    }),
  );

  app.get(
    '/sitemap.xml',
    cached(async (req, reply) => {
      const origin = originOf(req, config);
      const months = await listSitemapMonths(db, config.timeZone);
      const body = renderSitemapIndex([
        { loc: `${origin}/sitemaps/pages.xml` },
        ...months.map((m) => ({ loc: `${origin}/sitemaps/stories-${m.month}.xml`, lastmod: m.lastmod })),
      ]);
      return sendCacheable(req, reply, body, XML, [TAGS.sitemaps]);
    }),
  );

  app.get(
    '/sitemaps/pages.xml',
    cached(async (req, reply) => {
      const sections = await listNavSections(db);
      return sendCacheable(req, reply, renderPagesSitemap(sections, originOf(req, config)), XML, [TAGS.site]);
    }),
  );

  app.get(
    '/sitemaps/:file',
    cached(async (req: FastifyRequest<{ Params: { file: string } }>, reply) => {
      const month = MONTH_FILE.exec(req.params.file)?.[1];
      if (!month) return reply.code(404).type('text/plain; charset=utf-8').send('No such sitemap.');
      const entries = await listSitemapEntries(db, month, config.timeZone);
      return sendCacheable(req, reply, renderStoriesSitemap(entries, originOf(req, config)), XML, [
        TAGS.sitemaps,
      ]);
    }),
  );

  app.get(
    '/news-sitemap.xml',
    cached(async (req, reply) => {
      const since = new Date(Date.now() - NEWS_WINDOW_MS);
      const { items } = await listPublicStories(db, { limit: 1000, since });
      return sendCacheable(req, reply, renderNewsSitemap(items, await feedSite(originOf(req, config))), XML, [
        TAGS.site,
        TAGS.feeds,
      ]);
    }),
  );

  app.get('/robots.txt', async (req, reply) => {
    const origin = originOf(req, config);
    const body = `User-agent: *\nDisallow: /admin\nDisallow: /preview/\nDisallow: /trpc/\n\nSitemap: ${origin}/sitemap.xml\nSitemap: ${origin}/news-sitemap.xml\n`;
    return sendCacheable(req, reply, body, 'text/plain; charset=utf-8');
  });
}
