import type { JSONContent } from '@tiptap/core';
import { isUuid, parseStoryPath, type StoryPath } from './href';

export interface LinkedStory {
  articleId: string;
  kind: 'read_more' | 'inline';
}

/**
 * The story an address points at: a relative `/article/<uuid>[/<slug>]` path, or
 * an absolute URL on one of our own origins (reporters paste those from the
 * public site). Query and hash are ignored on absolute URLs.
 */
export function parseStoryHref(href: string, siteOrigins: readonly string[] = []): StoryPath | null {
  if (href.startsWith('/')) return parseStoryPath(href);
  if (!/^https?:\/\//i.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!siteOrigins.some((origin) => originOf(origin) === url.origin)) return null;
  // The pathname comes back percent-encoded; slugs are checked in that form too.
  return parseStoryPath(url.pathname.replace(/\/$/, ''));
}

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * Every story this body links to, once per (kind, story), in document order:
 * the server keeps its link table and "who links here" from this.
 */
export function extractStoryLinks(doc: JSONContent, siteOrigins: readonly string[] = []): LinkedStory[] {
  const found = new Map<string, LinkedStory>();
  const add = (articleId: string, kind: LinkedStory['kind']) => {
    const key = `${kind}:${articleId}`;
    if (!found.has(key)) found.set(key, { articleId, kind });
  };
  walk(doc, (node) => {
    if (node.type === 'readMore' && isUuid(node.attrs?.articleId)) {
      add(node.attrs.articleId.toLowerCase(), 'read_more');
    }
    for (const mark of node.marks ?? []) {
      const href: unknown = mark.attrs?.href;
      if (mark.type !== 'link' || typeof href !== 'string') continue;
      const story = parseStoryHref(href, siteOrigins);
      if (story) add(story.articleId, 'inline');
    }
  });
  return [...found.values()];
}

/** Media items used by figures, each once, in document order. */
export function extractFigureMediaIds(doc: JSONContent): string[] {
  const ids = new Set<string>();
  walk(doc, (node) => {
    if (node.type === 'figure' && isUuid(node.attrs?.mediaId)) ids.add(node.attrs.mediaId.toLowerCase());
  });
  return [...ids];
}

function walk(node: JSONContent, visit: (node: JSONContent) => void): void {
  visit(node);
  if (Array.isArray(node.content)) for (const child of node.content) walk(child, visit);
}
