import { formatBanglaDate } from '../../../shared/bn/bangla-calendar';
import { formatBnDateTime, formatPublishedLine, formatUpdatedLine } from '../../../shared/bn/dates';
import type { ArticleView } from '../article-view';
import { html, jsonForScript, raw, type SafeHtml } from './html';
import { renderImage, renderThumb } from './images';
import { type NavSection, renderPage, type SiteInfo } from './layout';

export interface ArticlePageOptions {
  site: SiteInfo;
  nav: NavSection[];
  origin: string;
  timeZone: string;
  /** Staff preview: a banner, noindex, and a date line even before publication. */
  preview?: { statusLabel: string };
}

/** An update line only once an update was published (saved edits wait as a pending update). */
function updatedAt(view: ArticleView): Date | null {
  const { publishedAt, publicUpdatedAt } = view.story;
  if (!publishedAt || !publicUpdatedAt) return null;
  return publicUpdatedAt.getTime() > publishedAt.getTime() ? publicUpdatedAt : null;
}

export function describeStory(view: ArticleView): string {
  const { seoDescription, summary, bodyText } = view.story;
  const text = seoDescription || summary || bodyText;
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > 200 ? `${chars.slice(0, 199).join('')}…` : chars.join('');
}

/**
 * The article page, in the order of the paper's own page: section label, headline,
 * byline, date line(s), lead image with caption and credit, body, related stories;
 * the footer imprint comes from the layout.
 */
export function renderArticlePage(view: ArticleView, o: ArticlePageOptions): string {
  const { story } = view;
  const title = story.seoTitle || story.headline;
  const description = describeStory(view);
  const canonical = o.origin + view.path;
  const published = story.publishedAt ?? story.publishAt ?? story.updatedAt;
  const updated = updatedAt(view);
  const main = html`${o.preview ? renderPreviewBanner(o.preview.statusLabel) : ''}
<article class="story">
<header class="story-meta">
${story.sectionSlug ? html`<p class="section-label"><a href="/section/${encodeURIComponent(story.sectionSlug)}">${story.sectionName}</a></p>` : ''}
${story.kicker ? html`<p class="kicker">${story.kicker}</p>` : ''}
<h1>${story.headline}</h1>
${view.byline ? html`<p class="byline">${view.byline}</p>` : ''}
<p class="dateline"><time datetime="${published.toISOString()}">${formatPublishedLine(published, o.timeZone)}</time>${
    o.site.banglaDateInDateline
      ? html` <span class="bangla-date">(${formatBanglaDate(published, o.timeZone)})</span>`
      : ''
  }</p>
${updated ? html`<p class="dateline"><time datetime="${updated.toISOString()}">${formatUpdatedLine(updated, o.timeZone)}</time></p>` : ''}
${renderUpdateNotes(view, o.timeZone)}
</header>
${view.lead ? renderLead(view) : ''}
<div class="story-body">${raw(view.bodyHtml)}</div>
</article>
${renderRelated(view)}
<p class="all-news"><a href="/">সব খবর</a></p>`;
  return renderPage({
    site: o.site,
    nav: o.nav,
    title: `${title} | ${o.site.name}`,
    description,
    canonical,
    activeSection: story.sectionSlug,
    noindex: Boolean(o.preview),
    head: renderMeta(view, { ...o, title, description, canonical, published, updated }),
    main,
  });
}

/** Corrections ("সংশোধনী") and noted updates under the date line, each with its time. */
function renderUpdateNotes(view: ArticleView, timeZone: string): SafeHtml | string {
  if (view.updates.length === 0) return '';
  return html`<ul class="story-updates">${view.updates.map(
    (u) =>
      html`<li class="${u.kind === 'correction' ? 'correction' : 'update-note'}"><strong>${u.kind === 'correction' ? 'সংশোধনী' : 'আপডেট'}:</strong> ${u.note} <time datetime="${u.publishedAt.toISOString()}">(${formatBnDateTime(u.publishedAt, timeZone)})</time></li>`,
  )}</ul>`;
}

function renderPreviewBanner(statusLabel: string): SafeHtml {
  return html`<div class="preview-banner" role="status"><strong>Preview · প্রিভিউ</strong> — পাঠকেরা এই পাতাটি এভাবে দেখবেন। অবস্থা: ${statusLabel}</div>`;
}

function renderLead(view: ArticleView): SafeHtml {
  const lead = view.lead!;
  const alt = lead.alt || view.story.headline;
  const caption = lead.caption;
  const credit = lead.credit ? html`<span class="credit">ছবি : ${lead.credit}</span>` : '';
  return html`<figure class="lead-image">${renderImage(lead, { alt, lazy: false })}${
    caption || lead.credit
      ? html`<figcaption>${caption}${caption && lead.credit ? ' ' : ''}${credit}</figcaption>`
      : ''
  }</figure>`;
}

function renderRelated(view: ArticleView): SafeHtml | string {
  if (view.related.length === 0) return '';
  return html`<aside class="related" aria-labelledby="related-heading">
<h2 id="related-heading">আরো খবর</h2>
<ul>${view.related.map(
    ({ card, path, thumb }) =>
      html`<li><a href="${path}">${thumb ? renderThumb(thumb, card.headline) : ''}<span class="related-title">${card.kicker ? `${card.kicker} ` : ''}${card.headline}</span></a></li>`,
  )}</ul>
</aside>`;
}

interface MetaInput extends ArticlePageOptions {
  title: string;
  description: string;
  canonical: string;
  published: Date;
  updated: Date | null;
}

function renderMeta(view: ArticleView, m: MetaInput): SafeHtml {
  const { story, lead } = view;
  const image = lead ? absolute(m.origin, largestSrc(lead)) : null;
  const modified = m.updated ?? m.published;
  const corrections = view.updates.filter((u) => u.kind === 'correction');
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.headline,
    description: m.description || undefined,
    inLanguage: 'bn',
    datePublished: m.published.toISOString(),
    dateModified: modified.toISOString(),
    correction: corrections.length
      ? corrections.map((u) => ({
          '@type': 'CorrectionComment',
          text: u.note,
          datePublished: u.publishedAt.toISOString(),
        }))
      : undefined,
    mainEntityOfPage: { '@type': 'WebPage', '@id': m.canonical },
    url: m.canonical,
    articleSection: story.sectionName ?? undefined,
    image: image && lead ? [imageObject(image, lead)] : undefined,
    author: view.byline
      ? [{ '@type': story.byline ? 'Organization' : 'Person', name: view.byline }]
      : undefined,
    publisher: { '@type': 'Organization', name: m.site.name },
  };
  return html`<meta property="og:type" content="article">
<meta property="og:site_name" content="${m.site.name}">
<meta property="og:locale" content="bn_BD">
<meta property="og:title" content="${m.title}">
${m.description ? html`<meta property="og:description" content="${m.description}">` : ''}
<meta property="og:url" content="${m.canonical}">
${
  image && lead
    ? html`<meta property="og:image" content="${image}">
<meta property="og:image:width" content="${lead.width}">
<meta property="og:image:height" content="${lead.height}">
<meta property="og:image:alt" content="${lead.alt || story.headline}">`
    : ''
}
<meta property="article:published_time" content="${m.published.toISOString()}">
<meta property="article:modified_time" content="${modified.toISOString()}">
${story.sectionName ? html`<meta property="article:section" content="${story.sectionName}">` : ''}
<meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}">
<meta name="twitter:title" content="${m.title}">
${m.description ? html`<meta name="twitter:description" content="${m.description}">` : ''}
${image ? html`<meta name="twitter:image" content="${image}">` : ''}
<script type="application/ld+json">${jsonForScript(jsonLd)}</script>`;
}

/**
 * The lead photo as schema.org ImageObject, with the credit line, photographer
 * and copyright notice that search engines show beside an image.
 */
function imageObject(
  url: string,
  lead: NonNullable<ArticleView['lead']>,
): Record<string, string | number | object | undefined> {
  return {
    '@type': 'ImageObject',
    url,
    contentUrl: url,
    width: lead.width,
    height: lead.height,
    caption: lead.caption || undefined,
    creditText: lead.credit || undefined,
    creator: lead.creator ? { '@type': 'Person', name: lead.creator } : undefined,
    copyrightNotice: lead.copyright || undefined,
  };
}

/** The largest rendition in the srcset (social cards want a big image), else src. */
function largestSrc(media: { src: string; srcset: string }): string {
  const last = media.srcset.split(',').pop()?.trim().split(/\s+/)[0];
  return last || media.src;
}

export function absolute(origin: string, url: string): string {
  return /^https?:\/\//i.test(url) ? url : origin + url;
}
