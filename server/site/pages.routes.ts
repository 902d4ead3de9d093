import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveMediaForRender } from '../features/media/media.queries';
import { loadArticleView } from './article-view';
import { TAGS } from './cache-tags';
import { cachedRoute, sendCacheable } from './http-cache';
import { publicParam } from './params';
import {
  findPublicStory,
  findSectionBySlug,
  listPublicStories,
  publicListCursor,
  storyPath,
} from './public-articles.queries';
import {
  isUuid,
  navOf,
  originOf,
  type SiteDeps,
  sendNotFoundPage,
  sendStaleLinkPage,
  siteOf,
  siteOriginsOf,
} from './site-context';
import { renderArticlePage } from './templates/article';
import { renderHomePage, renderSectionPage } from './templates/lists';

export const PAGE_SIZE = 20;
const HTML = 'text/html; charset=utf-8';

type Before = { Querystring: { before?: unknown } };

/** Reader pages: home, section and article. Every query goes through isPublic. */
export function registerPageRoutes(app: FastifyInstance, deps: SiteDeps): void {
  const { config, db } = deps;

  /** A page of a list, or null for a `?before=` that is not one of our page links. */
  async function listPage(before: unknown, sectionId?: string) {
    const cursor = before === undefined || before === '' ? null : publicListCursor.tryDecode(String(before));
    if (before !== undefined && before !== '' && (typeof before !== 'string' || !cursor)) return null;
    const page = await listPublicStories(db, { sectionId, before: cursor, limit: PAGE_SIZE });
    const media = await resolveMediaForRender(
      db,
      page.items.flatMap((c) => (c.leadMediaId ? [c.leadMediaId] : [])),
    );
    return { page: { ...page, first: !before }, media };
  }

  const mediaTags = (list: { media: Map<string, unknown> }) => [...list.media.keys()].map(TAGS.media);

  app.get<Before>(
    '/',
    cachedRoute(deps.cache, async (req: FastifyRequest<Before>, reply) => {
      const [list, nav] = await Promise.all([listPage(req.query.before), navOf(deps)]);
      if (!list) return sendStaleLinkPage(deps, reply);
      const body = renderHomePage(list.page, {
        site: await siteOf(deps),
        nav,
        origin: originOf(req, config),
        timeZone: config.timeZone,
        media: list.media,
      });
      return sendCacheable(req, reply, body, HTML, [TAGS.site, TAGS.home, ...mediaTags(list)]);
    }),
  );

  type SectionRoute = Before & { Params: { slug: string } };
  app.get<SectionRoute>(
    '/section/:slug',
    cachedRoute(deps.cache, async (req: FastifyRequest<SectionRoute>, reply) => {
      const slug = publicParam(req.params.slug);
      const section = slug ? await findSectionBySlug(db, slug) : null;
      if (!section) return sendNotFoundPage(deps, reply);
      const [list, nav] = await Promise.all([listPage(req.query.before, section.id), navOf(deps)]);
      if (!list) return sendStaleLinkPage(deps, reply);
      const body = renderSectionPage(section, list.page, {
        site: await siteOf(deps),
        nav,
        origin: originOf(req, config),
        timeZone: config.timeZone,
        media: list.media,
      });
      return sendCacheable(req, reply, body, HTML, [TAGS.site, TAGS.section(section.id), ...mediaTags(list)]);
    }),
  );

  const article = async (
    req: FastifyRequest<{ Params: { id: string; slug?: string } }>,
    reply: FastifyReply,
  ) => {
    const id = req.params.id.toLowerCase();
    if (!isUuid(id)) return sendNotFoundPage(deps, reply);
    const story = await findPublicStory(db, id);
    if (!story) return sendNotFoundPage(deps, reply);
    const canonicalPath = storyPath(story.id, story.slug);
    // The id is canonical: a wrong or missing slug (or an upper-case id) moves to the real address.
    if (req.url.split('?')[0] !== canonicalPath) {
      return reply.code(301).header('Cache-Control', 'public, max-age=300').redirect(canonicalPath, 301);
    }
    const [view, nav] = await Promise.all([loadArticleView(db, story, siteOriginsOf(config)), navOf(deps)]);
    const body = renderArticlePage(view, {
      site: await siteOf(deps),
      nav,
      origin: originOf(req, config),
      timeZone: config.timeZone,
    });
    return sendCacheable(req, reply, body, HTML, view.tags);
  };
  app.get('/article/:id', cachedRoute(deps.cache, article));
  app.get('/article/:id/:slug', cachedRoute(deps.cache, article));
}
