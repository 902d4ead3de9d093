/**
 * Word writes lists as paragraphs (`<p class=MsoListParagraph style='mso-list:l0
 * level1 lfo1'>`) with the bullet or number as text inside
 * `<![if !supportLists]>…<![endif]>`. Turn each run of such paragraphs into a
 * real <ul>/<ol>. Nesting levels are flattened: one level is what a story needs.
 */

const LIST_PARAGRAPH = /<p\b([^>]*)>([\s\S]*?)<\/p\s*>/gi;
const MARKER = /<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/i;

interface Item {
  start: number;
  end: number;
  ordered: boolean;
  body: string;
}

export function convertWordLists(html: string): string {
  const items: Item[] = [];
  for (const match of html.matchAll(LIST_PARAGRAPH)) {
    const [whole, attrs, body] = match;
    if (!/mso-list:\s*l\d/i.test(attrs) && !/class=["']?MsoListParagraph/i.test(attrs)) continue;
    const marker = MARKER.exec(body);
    const markerText = marker ? textOf(marker[1]) : '';
    items.push({
      start: match.index,
      end: match.index + whole.length,
      ordered: /^[\dA-Za-z]{1,4}[.)]/.test(markerText),
      body: marker ? body.replace(MARKER, '') : body,
    });
  }
  if (items.length === 0) return html;

  let out = '';
  let cursor = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const previous = items[i - 1];
    const continues =
      previous && previous.ordered === item.ordered && html.slice(previous.end, item.start).trim() === '';
    if (!continues) out += html.slice(cursor, item.start) + (item.ordered ? '<ol>' : '<ul>');
    out += `<li><p>${item.body}</p></li>`;
    const next = items[i + 1];
    const nextContinues =
      next && next.ordered === item.ordered && html.slice(item.end, next.start).trim() === '';
    if (!nextContinues) out += item.ordered ? '</ol>' : '</ul>';
    cursor = item.end;
  }
  return out + html.slice(cursor);
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;|&#160;/gi, ' ')
    .trim();
}
