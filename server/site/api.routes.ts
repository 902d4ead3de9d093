import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type RenderMedia, resolveMediaForRender } from '../features/media/media.queries';
import { loadArticleView } from './article-view';
import { TAGS } from './cache-tags';
import { cachedRoute, sendCacheable } from './http-cache';
import { publicParam } from './params';
import {
  findPublicStory,
  findSectionBySlug,
  listPublicStories,
  publicListCursor,
  type StoryCard,
  storyPath,
} from './public-articles.queries';
import { isUuid, originOf, type SiteDeps, siteOriginsOf } from './site-context';
import { absolute } from './templates/article';

const JSON_TYPE = 'application/json; charset=utf-8';
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 50;

function problem(reply: FastifyReply, status: 400 | 404, message: string) {
  return reply
    .code(status)
    .header('Cache-Control', status === 404 ? 'public, max-age=30' : 'no-store')
    .type(JSON_TYPE)
    .send({ error: message });
}

function imageJson(media: RenderMedia | undefined, origin: string, caption?: string | null) {
  if (!media) return null;
  return {
    src: absolute(origin, media.src),
    srcset: media.srcset
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => absolute(origin, part))
      .join(', '),
    width: media.width,
    height: media.height,
    alt: media.alt,
    caption: caption ?? media.caption,
    credit: media.credit,
  };
}

function cardJson(card: StoryCard, origin: string, media: Map<string, RenderMedia>) {
  return {
    id: card.id,
    url: origin + storyPath(card.id, card.slug),
    headline: card.headline,
    kicker: card.kicker,
    summary: card.summary,
    byline: card.byline,
    section: card.sectionSlug ? { slug: card.sectionSlug, name: card.sectionName } : null,
    publishedAt: card.publishedAt.toISOString(),
    updatedAt: (card.publicUpdatedAt ?? card.publishedAt).toISOString(),
    image: imageJson(card.leadMediaId ? media.get(card.leadMediaId) : undefined, origin),
  };
}

/** Read-only JSON for apps and partners: published stories only, keyset pages, newest first. */
export function registerPublicApiRoutes(app: FastifyInstance, deps: SiteDeps): void {
  const { db, config } = deps;

  type ListRoute = { Querystring: { cursor?: unknown; limit?: unknown; section?: unknown } };
  app.get<ListRoute>(
    '/api/public/articles',
    cachedRoute(deps.cache, async (req: FastifyRequest<ListRoute>, reply) => {
      const { cursor: rawCursor, limit: rawLimit, section: rawSection } = req.query;
      const cursor = rawCursor ? publicListCursor.tryDecode(String(rawCursor)) : null;
      if (rawCursor && (typeof rawCursor !== 'string' || !cursor)) {
        return problem(reply, 400, 'This page link is no longer valid: use nextCursor as given.');
      }
      const limit = rawLimit === undefined ? DEFAULT_LIMIT : Number(rawLimit);
      if (typeof rawLimit === 'object' || !Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
        return problem(reply, 400, `limit must be a whole number from 1 to ${MAX_LIMIT}`);
      }
      let sectionId: string | undefined;
      if (rawSection) {
        const sectionSlug = publicParam(rawSection);
        if (!sectionSlug) return problem(reply, 400, 'section must be a section slug from the site');
        const section = await findSectionBySlug(db, sectionSlug);
        if (!section) return problem(reply, 404, 'no such section');
        sectionId = section.id;
      }
      const page = await listPublicStories(db, { sectionId, before: cursor, limit });
      const media = await resolveMediaForRender(
        db,
        page.items.flatMap((c) => (c.leadMediaId ? [c.leadMediaId] : [])),
      );
      const origin = originOf(req, config);
      const body = JSON.stringify({
        items: page.items.map((card) => cardJson(card, origin, media)),
        nextCursor: page.nextCursor,
      });
      return sendCacheable(req, reply, body, JSON_TYPE, [
        TAGS.feeds,
        ...(sectionId ? [TAGS.section(sectionId)] : []),
        ...[...media.keys()].map(TAGS.media),
      ]);
    }),
  );

  type StoryRoute = { Params: { id: string } };
  app.get<StoryRoute>(
    '/api/public/articles/:id',
    cachedRoute(deps.cache, async (req: FastifyRequest<StoryRoute>, reply) => {
      const id = req.params.id.toLowerCase();
      const story = isUuid(id) ? await findPublicStory(db, id) : null;
      if (!story?.publishedAt) return problem(reply, 404, 'no published story with this id');
      const view = await loadArticleView(db, story, siteOriginsOf(config));
      const origin = originOf(req, config);
      const body = JSON.stringify({
        id: story.id,
        url: origin + view.path,
        headline: story.headline,
        kicker: story.kicker,
        summary: story.summary,
        byline: view.byline,
        section: story.sectionSlug ? { slug: story.sectionSlug, name: story.sectionName } : null,
        tags: story.tags,
        publishedAt: story.publishedAt.toISOString(),
        updatedAt: (story.publicUpdatedAt ?? story.publishedAt).toISOString(),
        corrections: view.updates
          .filter((u) => u.kind === 'correction')
          .map((u) => ({ note: u.note, publishedAt: u.publishedAt.toISOString() })),
        updates: view.updates
          .filter((u) => u.kind === 'update')
          .map((u) => ({ note: u.note, publishedAt: u.publishedAt.toISOString() })),
        image: view.lead ? imageJson(view.lead, origin, view.lead.caption) : null,
        bodyHtml: view.bodyHtml,
        related: view.related.map(({ card, path }) => ({
          id: card.id,
          url: origin + path,
          headline: card.headline,
          kicker: card.kicker,
        })),
      });
      return sendCacheable(req, reply, body, JSON_TYPE, view.tags);
    }),
  );
}
