import type { FastifyInstance } from 'fastify';
import { resolveMediaForRender } from '../features/media/media.queries';
import { loadArticleView } from './article-view';
import { decodeCursor } from './cursor';
import { sendCacheable } from './http-cache';
import { findPublicStory, findSectionBySlug, listPublicStories, storyPath } from './public-articles.queries';
import {
  isUuid,
  navOf,
  originOf,
  type SiteDeps,
  sendNotFoundPage,
  siteOf,
  siteOriginsOf,
} from './site-context';
import { renderArticlePage } from './templates/article';
import { renderHomePage, renderSectionPage } from './templates/lists';

export const PAGE_SIZE = 20;
const HTML = 'text/html; charset=utf-8';

type Before = { Querystring: { before?: string } };

/** Reader pages: home, section and article. Every query goes through isPublic. */
export function registerPageRoutes(app: FastifyInstance, deps: SiteDeps): void {
  const { config, db } = deps;

  async function listPage(before: string | undefined, sectionId?: string) {
    const cursor = before ? decodeCursor(before) : null;
    if (before && !cursor) return null;
    const page = await listPublicStories(db, { sectionId, before: cursor, limit: PAGE_SIZE });
    const media = await resolveMediaForRender(
      db,
      page.items.flatMap((c) => (c.leadMediaId ? [c.leadMediaId] : [])),
    );
    return { page: { ...page, first: !before }, media };
  }

  app.get<Before>('/', async (req, reply) => {
    const [list, nav] = await Promise.all([listPage(req.query.before), navOf(deps)]);
    if (!list) return sendNotFoundPage(deps, reply);
    const body = renderHomePage(list.page, {
      site: await siteOf(deps),
      nav,
      origin: originOf(req, config),
      timeZone: config.timeZone,
      media: list.media,
    });
    return sendCacheable(req, reply, body, HTML);
  });

  app.get<Before & { Params: { slug: string } }>('/section/:slug', async (req, reply) => {
    const section = await findSectionBySlug(db, req.params.slug);
    if (!section) return sendNotFoundPage(deps, reply);
    const [list, nav] = await Promise.all([listPage(req.query.before, section.id), navOf(deps)]);
    if (!list) return sendNotFoundPage(deps, reply);
    const body = renderSectionPage(section, list.page, {
      site: await siteOf(deps),
      nav,
      origin: originOf(req, config),
      timeZone: config.timeZone,
      media: list.media,
    });
    return sendCacheable(req, reply, body, HTML);
  });

  const article = async (
    req: import('fastify').FastifyRequest<{ Params: { id: string; slug?: string } }>,
    reply: import('fastify').FastifyReply,
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
    return sendCacheable(req, reply, body, HTML);
  };
  app.get('/article/:id', article);
  app.get('/article/:id/:slug', article);
}
