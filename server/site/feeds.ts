import type { StoryCard } from './public-articles.queries';
import { storyPath } from './public-articles.queries';

/** Text for XML: the five entities escaped, characters XML 1.0 forbids dropped. */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date (four-digit year, as RSS readers expect): `Wed, 23 Jul 2025 07:48:00 +0000`. */
export function toRfc822(date: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return (
    `${DAYS[date.getUTCDay()]}, ${p(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())} +0000`
  );
}

interface FeedSite {
  name: string;
  origin: string;
}

/** RSS 2.0 of the latest stories. */
export function renderRss(items: StoryCard[], site: FeedSite): string {
  const newest = items[0]?.publishedAt ?? new Date(0);
  const entries = items.map((card) => {
    const url = site.origin + storyPath(card.id, card.slug);
    return [
      '<item>',
      `<title>${escapeXml(card.headline)}</title>`,
      `<link>${escapeXml(url)}</link>`,
      `<guid isPermaLink="false">${card.id}</guid>`,
      `<pubDate>${toRfc822(card.publishedAt)}</pubDate>`,
      card.summary ? `<description>${escapeXml(card.summary)}</description>` : '',
      card.sectionName ? `<category>${escapeXml(card.sectionName)}</category>` : '',
      card.byline ? `<dc:creator>${escapeXml(card.byline)}</dc:creator>` : '',
      '</item>',
    ].join('');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    `<title>${escapeXml(site.name)}</title>`,
    `<link>${escapeXml(`${site.origin}/`)}</link>`,
    `<description>${escapeXml(`${site.name}: সর্বশেষ খবর`)}</description>`,
    '<language>bn</language>',
    `<lastBuildDate>${toRfc822(newest)}</lastBuildDate>`,
    `<atom:link href="${escapeXml(`${site.origin}/rss.xml`)}" rel="self" type="application/rss+xml"/>`,
    ...entries,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

export interface SitemapEntry {
  id: string;
  slug: string;
  publishedAt: Date | null;
  publicUpdatedAt: Date | null;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function sitemapUrl(loc: string, lastmod?: Date | null): string {
  return `<url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}</url>`;
}

/** The sitemap index at /sitemap.xml: the pages sitemap, then one story sitemap per month. */
export function renderSitemapIndex(sitemaps: { loc: string; lastmod?: Date }[]): string {
  const entries = sitemaps.map(
    (s) =>
      `<sitemap><loc>${escapeXml(s.loc)}</loc>${s.lastmod ? `<lastmod>${s.lastmod.toISOString()}</lastmod>` : ''}</sitemap>`,
  );
  return [XML_HEAD, `<sitemapindex xmlns="${SITEMAP_NS}">`, ...entries, '</sitemapindex>', ''].join('\n');
}

/** The home page and every section. */
export function renderPagesSitemap(sections: { slug: string }[], origin: string): string {
  const urls = [
    sitemapUrl(`${origin}/`),
    ...sections.map((s) => sitemapUrl(`${origin}/section/${encodeURIComponent(s.slug)}`)),
  ];
  return [XML_HEAD, `<urlset xmlns="${SITEMAP_NS}">`, ...urls, '</urlset>', ''].join('\n');
}

/** One month's public stories, each with its last change. */
export function renderStoriesSitemap(entries: SitemapEntry[], origin: string): string {
  const urls = entries.map((e) =>
    sitemapUrl(origin + storyPath(e.id, e.slug), e.publicUpdatedAt ?? e.publishedAt),
  );
  return [XML_HEAD, `<urlset xmlns="${SITEMAP_NS}">`, ...urls, '</urlset>', ''].join('\n');
}

/** Google News sitemap: stories of the last 48 hours with publication name and language. */
export function renderNewsSitemap(items: StoryCard[], site: FeedSite): string {
  const urls = items.map(
    (card) =>
      `<url><loc>${escapeXml(site.origin + storyPath(card.id, card.slug))}</loc>` +
      '<news:news><news:publication>' +
      `<news:name>${escapeXml(site.name)}</news:name><news:language>bn</news:language>` +
      '</news:publication>' +
      `<news:publication_date>${card.publishedAt.toISOString()}</news:publication_date>` +
      `<news:title>${escapeXml(card.headline)}</news:title>` +
      '</news:news></url>',
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
