import { formatThreeCalendarLine } from '../../../shared/bn/bangla-calendar';
import type { SafeHtml } from './html';
import { html } from './html';

export interface SiteInfo {
  name: string;
  /** A line under the name (a motto); empty: none. */
  masthead?: string;
  /** Imprint names; an empty one leaves its line out. */
  editor: string;
  publisher: string;
  cssUrl: string;
  /** The newsroom's zone: the masthead's date is today there. */
  timeZone: string;
  hijriOffsetDays: number;
  banglaDateInDateline: boolean;
  /** The clock the masthead reads; tests fix it. */
  now?: () => Date;
}

export interface NavSection {
  slug: string;
  nameBn: string;
}

export interface PageParts {
  site: SiteInfo;
  nav: NavSection[];
  title: string;
  description?: string;
  canonical?: string;
  /** Extra <head> markup: OpenGraph, Twitter card, JSON-LD. */
  head?: SafeHtml;
  /** Current section, marked in the navigation. */
  activeSection?: string | null;
  /** Staff previews and error pages are not for search engines. */
  noindex?: boolean;
  main: SafeHtml;
}

/** The page shell: masthead with sections, main content, footer imprint. No script at all. */
export function renderPage(p: PageParts): string {
  return html`<!doctype html>
<html lang="bn">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title}</title>
${p.description ? html`<meta name="description" content="${p.description}">` : ''}
${p.canonical ? html`<link rel="canonical" href="${p.canonical}">` : ''}
${p.noindex ? html`<meta name="robots" content="noindex, nofollow">` : ''}
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${p.site.cssUrl}">
<link rel="alternate" type="application/rss+xml" title="${p.site.name}" href="/rss.xml">
${p.head ?? ''}
</head>
<body>
<a class="skip-link" href="#main">মূল খবরে যান</a>
<header class="masthead">
<a class="site-name" href="/">${p.site.name}</a>
${p.site.masthead ? html`<p class="masthead-line">${p.site.masthead}</p>` : ''}
${renderDateLine(p.site)}
${renderNav(p.nav, p.activeSection)}
</header>
<main id="main">
${p.main}
</main>
<footer class="site-footer">
${p.site.editor ? html`<p>সম্পাদক : ${p.site.editor}</p>` : ''}
${p.site.publisher ? html`<p>প্রকাশক : ${p.site.publisher}</p>` : ''}
<p class="feeds"><a href="/rss.xml">RSS</a><a href="/sitemap.xml">সাইটম্যাপ</a></p>
</footer>
</body>
</html>
`.value;
}

/** `ঢাকা, সোমবার, ১০ অগ্রহায়ণ ১৪৩১, ২৫ নভেম্বর ২০২৪, ২৩ জমাদিউল আউয়াল ১৪৪৬` for today. */
function renderDateLine(site: SiteInfo): SafeHtml {
  const now = site.now?.() ?? new Date();
  const line = formatThreeCalendarLine(now, {
    timeZone: site.timeZone,
    hijriOffsetDays: site.hijriOffsetDays,
  });
  return html`<p class="masthead-date">${line}</p>`;
}

function renderNav(nav: NavSection[], active?: string | null): SafeHtml | string {
  if (nav.length === 0) return '';
  return html`<nav aria-label="বিভাগ"><ul>${nav.map(
    (s) =>
      html`<li><a href="/section/${encodeURIComponent(s.slug)}"${s.slug === active ? html` aria-current="page"` : ''}>${s.nameBn}</a></li>`,
  )}</ul></nav>`;
}
