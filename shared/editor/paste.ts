import { bijoyToUnicode } from '../bn/bijoy';
import { isBijoy } from '../bn/bijoy-detect';
import { convertWordLists } from './paste-word-lists';

/**
 * Cleans HTML pasted from Word or Google Docs before ProseMirror parses it.
 *
 * This is string-level and regex-based on purpose: it runs in the browser on
 * every paste, has no dependencies, and is not the security boundary. The
 * schema is the real filter (ProseMirror drops everything it has no rule for)
 * and validateBody checks again on the server. Its job is to turn office
 * markup into the plain structure the schema understands: tags are rebuilt
 * from an allow-list with no attributes except a[href] and ol[start], and
 * anything that does not parse as a tag is escaped rather than passed on.
 *
 * Do not run it on ProseMirror's own clipboard HTML (see isProseMirrorClipboard):
 * that carries figure and read-more markup this cleaner would flatten.
 */
export function cleanPastedHtml(html: string): string {
  let s = html
    .replace(/\u0000/g, '')
    // Word for Mac writes list markers as comments; give them the Windows form before comments go.
    .replace(/<!--\[if !supportLists\]-->/gi, '<![if !supportLists]>')
    .replace(/<!--\[endif\]-->/gi, '<![endif]>')
    .replace(/<!--[\s\S]*?-->/g, '') // comments, incl. <!--[if gte mso 9]>…<![endif]-->
    .replace(/<!--[\s\S]*$/, ''); // an unterminated comment hides the rest, as in a browser
  s = convertWordLists(s);
  s = s
    .replace(/<!\[if [^\]]*\]>[\s\S]*?<!\[endif\]>/gi, '') // Word's downlevel-revealed fallbacks
    .replace(/<![^>]*>/g, '') // doctype, stray <![endif]>
    .replace(/<\?[^>]*>/g, '') // <?xml:namespace …>
    .replace(DROP_WITH_CONTENT, '')
    .replace(/<o:p\b[^>]*>[\s\S]*?<\/o:p\s*>/gi, ''); // Word's empty-paragraph filler
  return rebuildTags(s);
}

/** ProseMirror marks its own clipboard HTML; that needs no office cleanup. */
export function isProseMirrorClipboard(html: string): boolean {
  return /\bdata-pm-slice=/.test(html);
}

const DROPPED = 'head|style|script|title|xml|noscript|template|iframe|object|svg|math|textarea|select|button';
const DROP_WITH_CONTENT = new RegExp(`<(${DROPPED})\\b[^>]*>[\\s\\S]*?<\\/\\1\\s*>`, 'gi');

// Names map to what the schema knows; h1 is the page headline, so it becomes h2.
const RENAME: Record<string, string> = {
  p: 'p',
  h1: 'h2',
  h2: 'h2',
  h3: 'h3',
  h4: 'h4',
  h5: 'h4',
  h6: 'h4',
  ul: 'ul',
  ol: 'ol',
  li: 'li',
  blockquote: 'blockquote',
  br: 'br',
  hr: 'hr',
  strong: 'strong',
  em: 'em',
  u: 'u',
  ins: 'u',
  s: 's',
  strike: 's',
  del: 's',
  // Table cells and layout boxes keep their text as separate blocks.
  td: 'p',
  th: 'p',
  dt: 'p',
  dd: 'p',
  pre: 'p',
  caption: 'p',
  div: 'div',
  section: 'div',
  article: 'div',
  header: 'div',
  footer: 'div',
  main: 'div',
  table: 'div',
  tbody: 'div',
  thead: 'div',
  tfoot: 'div',
  tr: 'div',
  dl: 'div',
};

const VOID = new Set(['br', 'hr']);
// Tags whose formatting comes from their inline style (Google Docs) or that may cancel it.
const STYLED = new Set(['span', 'font', 'b', 'strong', 'i', 'em', 'a']);

const ATTRS = String.raw`(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?)*`;
// Sticky, with \s+ between attributes so matching stays linear on hostile input.
const TAG = new RegExp(String.raw`<(/?)([a-zA-Z][a-zA-Z0-9:._-]*)(${ATTRS})\s*/?>`, 'y');
const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

interface Open {
  tag: string;
  close: string;
}

function rebuildTags(html: string): string {
  let out = '';
  const open: Open[] = [];
  let linkDepth = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    TAG.lastIndex = lt;
    const match = TAG.exec(html);
    if (!match) {
      out += '&lt;'; // not a tag: show it as text, never pass it on
      i = lt + 1;
      continue;
    }
    i = TAG.lastIndex;
    const [, slash, rawName, rawAttrs] = match;
    const name = rawName.toLowerCase();
    if (slash) {
      if (STYLED.has(name)) {
        const at = findLast(open, name);
        if (at >= 0) {
          for (const entry of open.splice(at).reverse()) out += entry.close;
          if (name === 'a') linkDepth = Math.max(0, linkDepth - 1);
        }
      } else if (RENAME[name] && !VOID.has(RENAME[name])) {
        out += `</${RENAME[name]}>`;
      }
      continue;
    }
    const attrs = parseAttrs(rawAttrs);
    if (STYLED.has(name)) {
      const [start, close] = formatting(name, attrs, linkDepth > 0);
      if (name === 'a') linkDepth++;
      out += start;
      open.push({ tag: name, close });
      continue;
    }
    const tag = RENAME[name];
    if (!tag) continue; // unknown, namespaced (o:p, v:shape…) or dangerous: drop the tag, keep the text
    out += tag === 'ol' && /^\d{1,6}$/.test(attrs.start ?? '') ? `<ol start="${attrs.start}">` : `<${tag}>`;
  }
  for (const entry of open.reverse()) out += entry.close;
  return out;
}

function findLast(open: Open[], tag: string): number {
  for (let j = open.length - 1; j >= 0; j--) if (open[j].tag === tag) return j;
  return -1;
}

function parseAttrs(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [, name, dq, sq, bare] of raw.matchAll(ATTR)) {
    attrs[name.toLowerCase()] = dq ?? sq ?? bare ?? '';
  }
  return attrs;
}

/** Opening and closing markup for a formatting tag, read from its name and inline style. */
function formatting(name: string, attrs: Record<string, string>, insideLink: boolean): [string, string] {
  const style = styleProps(attrs.style ?? '');
  const wrap: string[] = [];
  let start = '';
  let end = '';
  if (name === 'a') {
    const href = attrs.href ?? '';
    // Word's #_Toc anchors and script links are dropped here; the schema checks the rest.
    if (/^(https?:\/\/|mailto:|\/)/i.test(href.trim())) {
      start = `<a href="${href.trim().replace(/"/g, '&quot;')}">`;
      end = '</a>';
    }
  }
  const weight = style.get('font-weight');
  const bold = weight ? /^(bold|bolder|[6-9]00)$/.test(weight) : name === 'b' || name === 'strong';
  // Google Docs wraps every paste in <b style="font-weight:normal" id="docs-internal-guid-…">.
  const wrapper = (attrs.id ?? '').startsWith('docs-internal-guid-');
  if (bold && !wrapper) wrap.push('strong');
  const fontStyle = style.get('font-style');
  if (fontStyle ? fontStyle === 'italic' || fontStyle === 'oblique' : name === 'i' || name === 'em')
    wrap.push('em');
  const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;
  // Google Docs underlines link text itself; that is link styling, not emphasis.
  if (decoration.includes('underline') && !insideLink && name !== 'a') wrap.push('u');
  if (decoration.includes('line-through')) wrap.push('s');
  for (const tag of wrap) {
    start += `<${tag}>`;
    end = `</${tag}>${end}`;
  }
  return [start, end];
}

function styleProps(style: string): Map<string, string> {
  const props = new Map<string, string>();
  for (const declaration of style.toLowerCase().split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) props.set(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
  }
  return props;
}

// Word keeps the font name in the pasted HTML: SutonnyMJ, SutonnyOMJ, KalpurushANSI...
const BIJOY_FONT = /font-family:[^;">]*\b(?:\w*MJ|\w*OMJ|KalpurushANSI)\b/i;

/**
 * What a paste of plain `text` (with the clipboard's `html`, if any) should
 * become: the Unicode conversion when it is Bijoy, else null (paste as usual).
 * A SutonnyMJ-family font in the HTML settles the question for short snippets
 * the word pattern alone would not.
 */
export function bijoyPasteConversion(text: string, html = ''): string | null {
  if (!text.trim() || /[\u0980-\u09ff]/.test(text)) return null;
  if (isBijoy(text) || BIJOY_FONT.test(html)) {
    const converted = bijoyToUnicode(text);
    return converted === text ? null : converted;
  }
  return null;
}
