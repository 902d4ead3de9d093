/**
 * The one allow-list for addresses in a story body. The editor's Link mark, the
 * server's validation and the public renderer all call these, so a link the
 * editor accepts is exactly a link the server stores and the page renders.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Bengali headlines make Bengali slugs, so letters and marks of any script are fine.
const SLUG = /^[\p{L}\p{M}\p{N}%._~-]+$/u;

// Media files are served by our own /media route; no `..`, no `//`, no query.
const MEDIA_SRC = /^\/media\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

const MAX_HREF_LENGTH = 2048;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function isMediaSrc(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 500 && MEDIA_SRC.test(value);
}

export interface StoryPath {
  articleId: string;
  slug: string | null;
}

/** `/article/<uuid>` or `/article/<uuid>/<slug>`: the only relative links a body may hold. */
export function parseStoryPath(path: string): StoryPath | null {
  const parts = path.split('/');
  if (parts[0] !== '' || parts[1] !== 'article' || parts.length < 3 || parts.length > 4) return null;
  const [, , id, slug] = parts;
  if (!UUID.test(id)) return null;
  if (slug !== undefined && !SLUG.test(slug)) return null;
  return { articleId: id.toLowerCase(), slug: slug ?? null };
}

/** Whitespace or control characters anywhere: the raw material of `java\tscript:` tricks. */
export function hasHiddenCharacters(href: string): boolean {
  return /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/u.test(href);
}

/**
 * True for http(s) URLs with a host, `mailto:` addresses and internal story paths.
 * Everything else (javascript:, data:, vbscript:, protocol-relative `//x`,
 * `#anchors`, entity-encoded tricks) is refused: no decoding is ever done, so an
 * encoded scheme simply fails to match.
 */
export function isAllowedHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.length === 0 || href.length > MAX_HREF_LENGTH) return false;
  if (hasHiddenCharacters(href)) return false;
  if (href.startsWith('/')) return parseStoryPath(href) !== null;
  if (/^mailto:/i.test(href)) return /^mailto:[^@]+@[^@]+$/i.test(href);
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    const url = new URL(href);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Internal links need no rel; outside links must not pass our referrer or ranking. */
export function relForHref(href: string): string | null {
  return href.startsWith('/') ? null : 'noopener noreferrer nofollow';
}
