import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { effectiveSiteSettings, readStoredSiteSettings } from '../features/site/site-settings.queries';
import type { SiteCache } from './http-cache';
import { listNavSections } from './public-articles.queries';
import type { NavSection, SiteInfo } from './templates/layout';
import { renderNotFoundPage, renderStaleLinkPage } from './templates/lists';

export interface SiteDeps {
  config: Config;
  db: Db;
  /** The stylesheet's hashed address. */
  cssUrl: string;
  /** The rendered-page cache (null when PAGE_CACHE_MB=0) and shared-cache settings. */
  cache: SiteCache;
}

/** PUBLIC_ORIGIN when set (canonical links must not follow a spoofed Host), else the request's own. */
export function originOf(req: FastifyRequest, config: Config): string {
  return config.publicOrigin ?? `${req.protocol}://${req.host}`;
}

export function siteOriginsOf(config: Config): string[] {
  return config.publicOrigin ? [config.publicOrigin] : [];
}

/** Sections and imprint change a few times a year; pages are cached by CDNs for a minute anyway. */
const CHROME_TTL_MS = 30_000;

/** Bumped when the page cache's `site` tag is invalidated (on every instance, through the relay). */
const siteGenerations = new WeakMap<SiteDeps, number>();

/** The site's sections, name or imprint changed: the next page reads them again. */
export function forgetSiteChrome(deps: SiteDeps): void {
  siteGenerations.set(deps, (siteGenerations.get(deps) ?? 0) + 1);
}

/** A per-app value kept for 30 s, dropped at once when the site's sections or settings change. */
function cachedPerApp<T>(load: (deps: SiteDeps) => Promise<T>) {
  const cache = new WeakMap<SiteDeps, { at: number; epoch: number; value: Promise<T> }>();
  return async (deps: SiteDeps): Promise<T> => {
    const cached = cache.get(deps);
    const epoch = siteGenerations.get(deps) ?? 0;
    if (cached && cached.epoch === epoch && Date.now() - cached.at < CHROME_TTL_MS) return cached.value;
    const value = load(deps);
    cache.set(deps, { at: Date.now(), epoch, value });
    try {
      return await value;
    } catch (error) {
      cache.delete(deps);
      throw error;
    }
  };
}

/** The masthead's sections (one query fewer on every page). */
export const navOf: (deps: SiteDeps) => Promise<NavSection[]> = cachedPerApp((deps) =>
  listNavSections(deps.db),
);

/** The site's name and imprint: the settings screen's values, environment variables winning. */
export const siteOf: (deps: SiteDeps) => Promise<SiteInfo> = cachedPerApp(async (deps) => {
  const settings = effectiveSiteSettings(await readStoredSiteSettings(deps.db), deps.config);
  return {
    name: settings.siteName,
    masthead: settings.masthead,
    editor: settings.editorName,
    publisher: settings.publisherName,
    cssUrl: deps.cssUrl,
    timeZone: deps.config.timeZone,
    hijriOffsetDays: deps.config.site.hijriOffsetDays,
    banglaDateInDateline: deps.config.site.banglaDateInDateline,
  };
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The reader's 404: short-cached, so a story published a moment later shows up soon. */
export async function sendNotFoundPage(deps: SiteDeps, reply: FastifyReply): Promise<FastifyReply> {
  const body = renderNotFoundPage({ site: await siteOf(deps), nav: await navOf(deps) });
  return reply
    .code(404)
    .header('Cache-Control', 'public, max-age=30')
    .type('text/html; charset=utf-8')
    .send(body);
}

/** A page link with a forged or outdated `?before=`: 400, never cached, with a way back. */
export async function sendStaleLinkPage(deps: SiteDeps, reply: FastifyReply): Promise<FastifyReply> {
  const body = renderStaleLinkPage({ site: await siteOf(deps), nav: await navOf(deps) });
  return reply.code(400).header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(body);
}
