import type { JSONContent } from '@tiptap/core';
import type { RenderContext } from './render';

export const ARTICLE_ID = '0b5a3f2e-8c1d-4e6f-9a7b-1c2d3e4f5a6b';
export const OTHER_ARTICLE_ID = '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';
export const MEDIA_ID = 'c3d4e5f6-a7b8-4c9d-8e0f-112233445566';

export const text = (value: string, marks?: JSONContent['marks']): JSONContent =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
export const paragraph = (...content: JSONContent[]): JSONContent =>
  content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
export const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content });
export const link = (href: string) => ({ type: 'link', attrs: { href } });

export const figure = (attrs: Record<string, unknown> = {}, caption?: string): JSONContent => ({
  type: 'figure',
  attrs: { mediaId: MEDIA_ID, src: `/media/${MEDIA_ID}/original.jpg`, ...attrs },
  ...(caption ? { content: [text(caption)] } : {}),
});
export const readMore = (articleId: string = ARTICLE_ID): JSONContent => ({
  type: 'readMore',
  attrs: { articleId },
});

/** A body using every node and mark the schema has. */
export function fullBody(): JSONContent {
  return doc(
    paragraph(
      text('ঢাকা, ১২ মার্চ — '),
      text('জরুরি', [{ type: 'bold' }]),
      text(' খবর ', [{ type: 'italic' }]),
      text('নিচে', [{ type: 'underline' }]),
      text('ভুল', [{ type: 'strike' }]),
      { type: 'hardBreak' },
      text('সূত্র', [link('https://example.com/report?id=1&lang=bn')]),
      text(' ও '),
      text('আগের খবর', [link(`/article/${OTHER_ARTICLE_ID}/ager-khobor`)]),
    ),
    { type: 'heading', attrs: { level: 2 }, content: [text('প্রেক্ষাপট')] },
    { type: 'heading', attrs: { level: 3 }, content: [text('উপ-শিরোনাম')] },
    { type: 'heading', attrs: { level: 4 }, content: [text('ছোট শিরোনাম')] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('এক'))] }] },
    {
      type: 'orderedList',
      attrs: { start: 1, type: null },
      content: [{ type: 'listItem', content: [paragraph(text('দুই'))] }],
    },
    { type: 'blockquote', content: [paragraph(text('উদ্ধৃতি'))] },
    { type: 'horizontalRule' },
    figure({ alt: 'সংসদ ভবন', credit: 'রয়টার্স', width: 1200, height: 800 }, 'সংসদ ভবনের সামনে মানুষ'),
    readMore(),
    paragraph(text('যোগাযোগ', [link('mailto:desk@example.com')])),
  );
}

export function renderContext(overrides: Partial<RenderContext> = {}): RenderContext {
  return {
    resolveStory: (id) => ({ headline: `শিরোনাম ${id.slice(0, 4)}`, url: `/article/${id}/slug` }),
    resolveMedia: (id) => ({
      src: `/media/${id}/800.webp`,
      srcset: `/media/${id}/400.webp 400w, /media/${id}/800.webp 800w`,
      sizes: '(max-width: 800px) 100vw, 800px',
      width: 800,
      height: 533,
    }),
    ...overrides,
  };
}
