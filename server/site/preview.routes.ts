import type { FastifyInstance } from 'fastify';
import { STATUS_LABELS } from '../../shared/articles/status';
import { can } from '../../shared/roles';
import { findSessionUser, SESSION_COOKIE } from '../features/auth/sessions';
import { loadArticleView } from './article-view';
import { findStoryForPreview } from './public-articles.queries';
import { isUuid, navOf, originOf, type SiteDeps, siteOf, siteOriginsOf } from './site-context';
import { renderArticlePage } from './templates/article';

const PRIVATE = 'private, no-store';

/**
 * `/preview/:id`: any story, for signed-in staff holding articles.read, drawn by
 * the same renderer as the public page with a banner. Never cached by anyone.
 */
export function registerPreviewRoute(app: FastifyInstance, deps: SiteDeps): void {
  app.get<{ Params: { id: string } }>('/preview/:id', async (req, reply) => {
    reply.header('Cache-Control', PRIVATE).header('X-Robots-Tag', 'noindex, nofollow');
    const session = await findSessionUser(deps.db, req.cookies[SESSION_COOKIE], deps.config.sessionDays);
    // Visitors go to sign in before anything is looked up, so the answer says nothing about the story.
    if (!session) return reply.redirect('/admin', 303);
    if (!can(session.user.role, 'articles.read')) {
      return reply.code(403).type('text/plain; charset=utf-8').send('Your role may not preview stories.');
    }
    const id = req.params.id.toLowerCase();
    const story = isUuid(id) ? await findStoryForPreview(deps.db, id) : null;
    if (!story) return reply.code(404).type('text/plain; charset=utf-8').send('No such story.');
    const [view, nav] = await Promise.all([
      loadArticleView(deps.db, story, siteOriginsOf(deps.config)),
      navOf(deps),
    ]);
    const statusLabel = story.deletedAt
      ? `${STATUS_LABELS[story.status]} (in the bin)`
      : STATUS_LABELS[story.status];
    const body = renderArticlePage(view, {
      site: await siteOf(deps),
      nav,
      origin: originOf(req, deps.config),
      timeZone: deps.config.timeZone,
      preview: { statusLabel },
    });
    return reply.type('text/html; charset=utf-8').send(body);
  });
}
