import type { Node } from '@tiptap/core';
import { generateHTML, generateJSON } from '@tiptap/html/server';
import { describe, expect, it } from 'vitest';
import { bodyExtensions, buildBodyExtensions } from './extensions';
import { Figure } from './figure';
import { bodySchema } from './schema';
import {
  ARTICLE_ID,
  doc,
  figure,
  fullBody,
  link,
  MEDIA_ID,
  paragraph,
  readMore,
  text,
} from './test-fixtures';
import { validateBody } from './validate';

describe('bodySchema', () => {
  it('has exactly the newsroom nodes and marks', () => {
    expect(Object.keys(bodySchema.nodes).sort()).toEqual(
      [
        'blockquote',
        'bulletList',
        'doc',
        'figure',
        'hardBreak',
        'heading',
        'horizontalRule',
        'listItem',
        'orderedList',
        'paragraph',
        'readMore',
        'text',
      ].sort(),
    );
    expect(Object.keys(bodySchema.marks).sort()).toEqual(['bold', 'italic', 'link', 'strike', 'underline']);
    expect(Object.keys(bodySchema.marks.link.spec.attrs ?? {})).toEqual(['href']);
  });

  it('enforces required figure and read-more attributes in the schema itself', () => {
    expect(() => bodySchema.nodes.figure.create({ src: '/media/a.jpg' })).toThrow(/mediaId/);
    expect(() => bodySchema.nodes.figure.create({ mediaId: MEDIA_ID })).toThrow(/src/);
    expect(() => bodySchema.nodes.figure.create({ mediaId: MEDIA_ID, src: 'https://x/a.jpg' })).toThrow(
      /src/,
    );
    expect(() => bodySchema.nodes.readMore.create({})).toThrow(/articleId/);
    expect(() => bodySchema.nodes.readMore.create({ articleId: 'x' })).toThrow(/articleId/);
    expect(bodySchema.nodes.readMore.create({ articleId: ARTICLE_ID }).attrs).toEqual({
      articleId: ARTICLE_ID,
    });
  });

  it('lets the client swap in node views without changing the schema', () => {
    const withView = Figure.extend({ addNodeView: () => () => ({ dom: {} as HTMLElement }) });
    const names = buildBodyExtensions({ figure: withView as Node }).map((extension) => extension.name);
    expect(names).toEqual(bodyExtensions.map((extension) => extension.name));
  });
});

// The editor's clipboard goes through renderHTML and parseHTML; check them with the
// DOM shim Tiptap ships for Node (happy-dom). The public renderer needs no DOM.
describe('editor HTML (renderHTML / parseHTML)', () => {
  it('round-trips every node and mark through HTML', () => {
    const body = validateBody(fullBody()).doc;
    const html = generateHTML(body, bodyExtensions);
    expect(html).toContain(
      `<figure data-media-id="${MEDIA_ID}"><img src="/media/${MEDIA_ID}/original.jpg" alt="সংসদ ভবন" width="1200" height="800" loading="lazy">` +
        '<figcaption><span class="caption">সংসদ ভবনের সামনে মানুষ</span> <span class="credit">ছবি : রয়টার্স</span></figcaption></figure>',
    );
    expect(html).toContain(`<aside class="read-more" data-article-id="${ARTICLE_ID}">আরো পড়ুন</aside>`);
    expect(html).toContain(
      '<a href="https://example.com/report?id=1&amp;lang=bn" rel="noopener noreferrer nofollow">',
    );
    expect(html).toMatch(/<a href="\/article\/[^"]+">/);
    expect(generateJSON(html, bodyExtensions)).toEqual(body);
  });

  it('parses a figure in the public-page layout', () => {
    const html = `<figure data-media-id="${MEDIA_ID}"><img src="/media/a.jpg" alt="x"><figcaption>cap <span class="credit">ছবি : এএফপি</span></figcaption></figure>`;
    expect(generateJSON(html, bodyExtensions)).toEqual(
      doc({
        type: 'figure',
        attrs: {
          mediaId: MEDIA_ID,
          src: '/media/a.jpg',
          alt: 'x',
          credit: 'এএফপি',
          width: null,
          height: null,
        },
        content: [text('cap')],
      }),
    );
  });

  it('drops figures, read-more boxes and links that would be invalid', () => {
    const html =
      `<figure data-media-id="nope"><img src="/media/a.jpg"></figure>` +
      `<figure data-media-id="${MEDIA_ID}" src="/media/a.jpg"><img src="https://evil.example/a.jpg"></figure>` +
      '<aside class="read-more" data-article-id="1">x</aside>' +
      '<p><a href="javascript:alert(1)">a</a> <a href=" JaVaScRiPt:alert(1)">b</a> <a href="/article/x">c</a></p>';
    const json = generateJSON(html, bodyExtensions);
    expect(JSON.stringify(json)).not.toMatch(/figure|readMore|link/);
    expect(() => validateBody(json)).not.toThrow();
  });

  it('renders a figure without credit with the caption directly in figcaption', () => {
    const html = generateHTML(
      doc(figure({}, 'cap'), readMore(), paragraph(text('x', [link(`/article/${ARTICLE_ID}`)]))),
      bodyExtensions,
    );
    expect(html).toContain('<figcaption>cap</figcaption>');
    expect(html).toContain(`<a href="/article/${ARTICLE_ID}">x</a>`);
  });
});
