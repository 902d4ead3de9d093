import type { OutboxMessage } from '../features/outbox/enqueue';

/**
 * Names of what a public page shows, used as page-cache tags and as CDN surrogate
 * keys (Surrogate-Key / Cache-Tag headers and purge calls). A change to what a tag
 * names invalidates every page carrying it.
 */
export const TAGS = {
  /** Every page: the masthead's sections and the site's name and imprint. */
  site: 'site',
  home: 'home',
  feeds: 'feeds',
  sitemaps: 'sitemaps',
  story: (id: string) => `story-${id}`,
  section: (id: string) => `section-${id}`,
  media: (id: string) => `media-${id}`,
} as const;

type CachePayload = Extract<OutboxMessage, { kind: 'cache' }>['payload'];

/**
 * What a committed change invalidates. A story's publication, update or take-down
 * changes its page, the pages linking to it, its section (old and new), the home
 * page, the feeds and the sitemaps; other changes name their own tags.
 */
export function tagsOfChange(payload: CachePayload): string[] {
  const tags = new Set(payload.tags ?? []);
  if (payload.articleId) {
    tags.add(TAGS.story(payload.articleId));
    tags.add(TAGS.home);
    tags.add(TAGS.feeds);
    tags.add(TAGS.sitemaps);
    if (payload.sectionId) tags.add(TAGS.section(payload.sectionId));
    if (payload.previousSectionId) tags.add(TAGS.section(payload.previousSectionId));
  }
  return [...tags];
}
