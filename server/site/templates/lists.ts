import { formatPublishedLine } from '../../../shared/bn/dates';
import type { RenderMedia } from '../../features/media/media.queries';
import type { StoryCard } from '../public-articles.queries';
import { storyPath } from '../public-articles.queries';
import { html, type SafeHtml } from './html';
import { renderImage, renderThumb } from './images';
import { type NavSection, renderPage, type SiteInfo } from './layout';

export interface ListPageOptions {
  site: SiteInfo;
  nav: NavSection[];
  origin: string;
  timeZone: string;
  media: Map<string, RenderMedia>;
}

function dateline(card: StoryCard, timeZone: string): SafeHtml {
  return html`<p class="dateline"><time datetime="${card.publishedAt.toISOString()}">${formatPublishedLine(card.publishedAt, timeZone)}</time></p>`;
}

function renderCard(card: StoryCard, o: ListPageOptions): SafeHtml {
  const media = card.leadMediaId ? o.media.get(card.leadMediaId) : undefined;
  return html`<li class="card"><div><a href="${storyPath(card.id, card.slug)}">${card.kicker ? html`<p class="kicker">${card.kicker}</p>` : ''}<h3>${card.headline}</h3></a>
${card.summary ? html`<p>${card.summary}</p>` : ''}${dateline(card, o.timeZone)}</div>${media ? renderThumb(media, card.headline) : html`<span></span>`}</li>`;
}

function renderLeadStory(card: StoryCard, o: ListPageOptions): SafeHtml {
  const media = card.leadMediaId ? o.media.get(card.leadMediaId) : undefined;
  const path = storyPath(card.id, card.slug);
  return html`<article class="lead-story">${media ? html`<a href="${path}" tabindex="-1" aria-hidden="true">${renderImage(media, { alt: '', lazy: false, sizes: '(min-width: 72rem) 40rem, (min-width: 40rem) 60vw, 100vw' })}</a>` : ''}<div>
${card.sectionSlug ? html`<p class="section-label"><a href="/section/${encodeURIComponent(card.sectionSlug)}">${card.sectionName}</a></p>` : ''}
<a href="${path}">${card.kicker ? html`<p class="kicker">${card.kicker}</p>` : ''}<h2>${card.headline}</h2></a>
${card.summary ? html`<p>${card.summary}</p>` : ''}${dateline(card, o.timeZone)}</div></article>`;
}

function renderPager(nextCursor: string | null, basePath: string): SafeHtml | string {
  if (!nextCursor) return '';
  return html`<nav class="pager" aria-label="পাতা"><a rel="next" href="${basePath}?before=${nextCursor}">আগের খবর →</a></nav>`;
}

/** `/`: the newest story large, then a list; later pages are plain lists. */
export function renderHomePage(
  page: { items: StoryCard[]; nextCursor: string | null; first: boolean },
  o: ListPageOptions,
): string {
  const [lead, ...rest] = page.first ? page.items : [undefined, ...page.items];
  const main = html`<h1 class="list-heading">${page.first ? 'সর্বশেষ খবর' : 'আগের খবর'}</h1>
${lead ? renderLeadStory(lead, o) : ''}
${page.items.length === 0 ? html`<p class="empty">এখনো কোনো খবর প্রকাশিত হয়নি।</p>` : ''}
<ul class="cards">${rest.map((card) => (card ? renderCard(card, o) : ''))}</ul>
${renderPager(page.nextCursor, '/')}`;
  return renderPage({
    site: o.site,
    nav: o.nav,
    title: page.first ? o.site.name : `আগের খবর | ${o.site.name}`,
    description: `${o.site.name}: সর্বশেষ খবর`,
    canonical: page.first ? `${o.origin}/` : undefined,
    main,
  });
}

/** `/section/:slug`: the section's stories, newest first. */
export function renderSectionPage(
  section: { slug: string; nameBn: string },
  page: { items: StoryCard[]; nextCursor: string | null; first: boolean },
  o: ListPageOptions,
): string {
  const path = `/section/${encodeURIComponent(section.slug)}`;
  const main = html`<h1 class="list-heading">${section.nameBn}</h1>
${page.items.length === 0 ? html`<p class="empty">এই বিভাগে এখনো কোনো খবর নেই।</p>` : ''}
<ul class="cards">${page.items.map((card) => renderCard(card, o))}</ul>
${renderPager(page.nextCursor, path)}`;
  return renderPage({
    site: o.site,
    nav: o.nav,
    title: `${section.nameBn} | ${o.site.name}`,
    description: `${o.site.name}: ${section.nameBn}`,
    canonical: page.first ? o.origin + path : undefined,
    activeSection: section.slug,
    main,
  });
}

/** 404 page: the same shell, so readers can find their way back. */
/** A forged or outdated `?before=` page link: the reader starts again from the first page. */
export function renderStaleLinkPage(o: Pick<ListPageOptions, 'site' | 'nav'>): string {
  return renderPage({
    site: o.site,
    nav: o.nav,
    title: `পাতার ঠিকানাটি আর চলছে না | ${o.site.name}`,
    noindex: true,
    main: html`<h1 class="list-heading">পাতার ঠিকানাটি আর চলছে না</h1><p>This page link is no longer valid. <a href="/">প্রথম পাতায় ফিরুন</a>।</p>`,
  });
}

export function renderNotFoundPage(o: Pick<ListPageOptions, 'site' | 'nav'>): string {
  return renderPage({
    site: o.site,
    nav: o.nav,
    title: `পাতাটি পাওয়া যায়নি | ${o.site.name}`,
    noindex: true,
    main: html`<h1 class="list-heading">পাতাটি পাওয়া যায়নি</h1><p>এই ঠিকানায় কোনো খবর নেই। <a href="/">প্রথম পাতায় ফিরুন</a>।</p>`,
  });
}
