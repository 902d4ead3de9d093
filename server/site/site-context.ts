import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { SiteCache } from './http-cache';
import { listNavSections } from './public-articles.queries';
import type { NavSection, SiteInfo } from './templates/layout';
import { renderNotFoundPage, renderStaleLinkPage } from './templates/lists';

export interface SiteDeps {
  config: Config;
  db: Db;
  site: SiteInfo;
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

/** Sections change a few times a year; pages are cached by CDNs for a minute anyway. */
const NAV_TTL_MS = 30_000;
const navCache = new WeakMap<SiteDeps, { at: number; sections: Promise<NavSection[]> }>();

/** The masthead's sections, kept for 30 s per app (one query fewer on every page). */
export async function navOf(deps: SiteDeps): Promise<NavSection[]> {
  const cached = navCache.get(deps);
  if (cached && Date.now() - cached.at < NAV_TTL_MS) return cached.sections;
  const sections = listNavSections(deps.db);
  navCache.set(deps, { at: Date.now(), sections });
  try {
    return await sections;
  } catch (error) {
    navCache.delete(deps);
    throw error;
  }
}

/** The site's sections changed (the page cache's `site` tag): the next page reads them again. */
export function forgetNav(deps: SiteDeps): void {
  navCache.delete(deps);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The reader's 404: short-cached, so a story published a moment later shows up soon. */
export async function sendNotFoundPage(deps: SiteDeps, reply: FastifyReply): Promise<FastifyReply> {
  const body = renderNotFoundPage({ site: deps.site, nav: await navOf(deps) });
  return reply
    .code(404)
    .header('Cache-Control', 'public, max-age=30')
    .type('text/html; charset=utf-8')
    .send(body);
}

/** A page link with a forged or outdated `?before=`: 400, never cached, with a way back. */
export async function sendStaleLinkPage(deps: SiteDeps, reply: FastifyReply): Promise<FastifyReply> {
  const body = renderStaleLinkPage({ site: deps.site, nav: await navOf(deps) });
  return reply.code(400).header('Cache-Control', 'no-store').type('text/html; charset=utf-8').send(body);
}
