import type { JSONContent } from '@tiptap/core';
import { type Mark, Node as PMNode } from '@tiptap/pm/model';
import { CREDIT_PREFIX, type FigureAttrs } from './figure';
import { isAllowedHref, relForHref } from './href';
import { closeTag, escapeText, openTag, renderSpec } from './html';
import { parseStoryHref } from './links';
import { READ_MORE_LABEL } from './read-more';
import { bodySchema } from './schema';

export interface ResolvedStory {
  headline: string;
  /** Canonical URL of the published story, e.g. `/article/<id>/<slug>`. */
  url: string;
}

export interface ResolvedMedia {
  src: string;
  srcset: string;
  sizes: string;
  width: number;
  height: number;
}

/**
 * Lookups are synchronous: the server collects ids first (extractStoryLinks,
 * extractFigureMediaIds), loads them in one query each and passes map lookups.
 */
export interface RenderContext {
  /** null when the story is not published: read-more boxes vanish, inline links become text. */
  resolveStory(articleId: string): ResolvedStory | null;
  /** null when the media item is gone: the figure is left out rather than shown broken. */
  resolveMedia(mediaId: string): ResolvedMedia | null;
  /** Our own origins, so absolute links to our stories are treated as internal. */
  siteOrigins?: readonly string[];
}

/**
 * Public-page HTML for a stored body. Every node except figure and readMore is
 * rendered from the schema's own renderHTML spec by a string serializer, so the
 * page and the editor cannot disagree, and no DOM implementation is needed.
 */
export function renderBodyHtml(doc: JSONContent, ctx: RenderContext): string {
  const node = PMNode.fromJSON(bodySchema, doc);
  return renderChildren(node, ctx);
}

function renderChildren(parent: PMNode, ctx: RenderContext): string {
  return parent.inlineContent
    ? renderInline(parent, ctx)
    : mapChildren(parent, (child) => renderBlock(child, ctx));
}

function mapChildren(parent: PMNode, render: (child: PMNode) => string): string {
  let out = '';
  parent.forEach((child) => {
    out += render(child);
  });
  return out;
}

function renderBlock(node: PMNode, ctx: RenderContext): string {
  if (node.type.name === 'readMore') return renderReadMore(node, ctx);
  if (node.type.name === 'figure') return renderFigure(node, ctx);
  return renderFromSpec(node, ctx);
}

function renderFromSpec(node: PMNode, ctx: RenderContext): string {
  const toDOM = node.type.spec.toDOM;
  if (!toDOM) throw new Error(`Node type ${node.type.name} has no renderHTML`);
  const { before, after, hasHole } = renderSpec(toDOM(node));
  return hasHole ? before + renderChildren(node, ctx) + after : before + after;
}

/**
 * Inline content with marks kept open across neighbouring text nodes, as
 * ProseMirror's DOMSerializer does: `<a><strong>x</strong> y</a>`, not two links.
 */
function renderInline(parent: PMNode, ctx: RenderContext): string {
  let out = '';
  const open: { mark: Mark; close: string }[] = [];
  parent.forEach((child) => {
    let keep = 0;
    while (keep < open.length && keep < child.marks.length && open[keep].mark.eq(child.marks[keep])) keep++;
    while (open.length > keep) out += open.pop()!.close;
    for (const mark of child.marks.slice(keep)) {
      const [start, close] = renderMark(mark, ctx);
      out += start;
      open.push({ mark, close });
    }
    out += child.isText ? escapeText(child.text ?? '') : renderFromSpec(child, ctx);
  });
  while (open.length > 0) out += open.pop()!.close;
  return out;
}

function renderMark(mark: Mark, ctx: RenderContext): [string, string] {
  if (mark.type.name === 'link') return renderLink(mark.attrs.href, ctx);
  const toDOM = mark.type.spec.toDOM;
  if (!toDOM) return ['', ''];
  const { before, after } = renderSpec(toDOM(mark, true));
  return [before, after];
}

// An unpublished or unknown target renders as plain text: no dead links on the page.
function renderLink(href: unknown, ctx: RenderContext): [string, string] {
  if (!isAllowedHref(href)) return ['', ''];
  const story = parseStoryHref(href, ctx.siteOrigins);
  if (story) {
    const resolved = ctx.resolveStory(story.articleId);
    return resolved && isSafeUrl(resolved.url) ? [openTag('a', { href: resolved.url }), '</a>'] : ['', ''];
  }
  return [openTag('a', { href, rel: relForHref(href) }), '</a>'];
}

function renderReadMore(node: PMNode, ctx: RenderContext): string {
  const story = ctx.resolveStory(String(node.attrs.articleId).toLowerCase());
  if (!story || !isSafeUrl(story.url)) return '';
  return (
    `<p class="read-more"><strong>${escapeText(`${READ_MORE_LABEL} : `)}</strong>` +
    `${openTag('a', { href: story.url })}${escapeText(story.headline)}</a></p>`
  );
}

function renderFigure(node: PMNode, ctx: RenderContext): string {
  const attrs = node.attrs as FigureAttrs;
  const media = ctx.resolveMedia(attrs.mediaId.toLowerCase());
  if (!media || !isSafeUrl(media.src)) return '';
  const img = openTag('img', {
    src: media.src,
    srcset: media.srcset || null,
    sizes: media.sizes || null,
    width: dimension(media.width),
    height: dimension(media.height),
    alt: attrs.alt ?? '',
    loading: 'lazy',
  });
  const caption = renderInline(node, ctx);
  const credit = attrs.credit
    ? `<span class="credit">${escapeText(CREDIT_PREFIX + attrs.credit)}</span>`
    : '';
  const figcaption =
    caption || credit ? `<figcaption>${caption}${caption && credit ? ' ' : ''}${credit}</figcaption>` : '';
  return `${openTag('figure')}${img}${figcaption}${closeTag('figure')}`;
}

function dimension(value: unknown): number | null {
  return Number.isInteger(value) && (value as number) > 0 ? (value as number) : null;
}

/** Resolver URLs come from our own code, but a bad one must still not become a script link. */
function isSafeUrl(url: unknown): url is string {
  return (
    typeof url === 'string' && (/^\/(?!\/)/.test(url) || /^https?:\/\//i.test(url)) && !/[\s\\]/.test(url)
  );
}
