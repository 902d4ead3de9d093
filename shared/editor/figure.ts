import { Node } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { CREDIT_PREFIX } from './credit-prefix';
import { isMediaSrc, isUuid } from './href';

export { CREDIT_PREFIX };

export interface FigureAttrs {
  mediaId: string;
  src: string;
  alt: string;
  credit: string;
  width: number | null;
  height: number | null;
}

export function isDimension(value: unknown): value is number | null {
  return value === null || (Number.isInteger(value) && (value as number) > 0 && (value as number) <= 20_000);
}

// PM attribute validators: the schema itself refuses a figure without its image,
// in the editor as well as on the server.
function check(ok: (value: unknown) => boolean, what: string) {
  return (value: unknown) => {
    if (!ok(value)) throw new RangeError(`Invalid figure ${what}`);
  };
}
const isString = (value: unknown) => typeof value === 'string';

// Every attribute is read by the rule's getAttrs; per-attribute parsing is off so a
// stray `src` on the <figure> element cannot override the checked value.
const fromRule = { parseHTML: () => null, rendered: false } as const;

function parseFigure(element: HTMLElement): FigureAttrs | false {
  const img = element.querySelector('img');
  const attrs = {
    mediaId: element.getAttribute('data-media-id'),
    src: img?.getAttribute('src') ?? null,
    alt: img?.getAttribute('alt') ?? '',
    credit: stripCreditPrefix(element.querySelector('.credit')?.textContent ?? ''),
    width: toDimension(img?.getAttribute('width')),
    height: toDimension(img?.getAttribute('height')),
  };
  if (!isUuid(attrs.mediaId) || !isMediaSrc(attrs.src)) return false;
  return attrs as FigureAttrs;
}

function stripCreditPrefix(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith(CREDIT_PREFIX.trim())
    ? trimmed.slice(CREDIT_PREFIX.trim().length).trim()
    : trimmed;
}

function toDimension(value: string | null | undefined): number | null {
  const n = value ? Number(value) : Number.NaN;
  return isDimension(n) ? n : null;
}

/** The caption without the credit line, whichever of our two layouts it came from. */
function captionElement(element: HTMLElement): HTMLElement {
  const caption = element.querySelector('figcaption');
  const wrapped = caption?.querySelector('.caption');
  if (wrapped) return wrapped as HTMLElement;
  const copy = (caption?.cloneNode(true) ?? element.ownerDocument.createElement('figcaption')) as HTMLElement;
  copy.querySelector('.credit')?.remove();
  return copy;
}

/**
 * An image from the media library with a caption (the node's text content) and a
 * credit. A client NodeView can be added with `Figure.extend({ addNodeView })`.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'text*',
  marks: 'bold italic link',
  isolating: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      mediaId: { isRequired: true, validate: check(isUuid, 'mediaId'), ...fromRule },
      src: { isRequired: true, validate: check(isMediaSrc, 'src'), ...fromRule },
      alt: { default: '', validate: check(isString, 'alt'), ...fromRule },
      credit: { default: '', validate: check(isString, 'credit'), ...fromRule },
      width: { default: null, validate: check(isDimension, 'width'), ...fromRule },
      height: { default: null, validate: check(isDimension, 'height'), ...fromRule },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure[data-media-id]',
        getAttrs: (element: HTMLElement) => parseFigure(element),
        contentElement: (element: HTMLElement) => captionElement(element),
      },
    ];
  },

  renderHTML({ node }): DOMOutputSpec {
    const { mediaId, src, alt, credit, width, height } = node.attrs as FigureAttrs;
    const img = ['img', { src, alt, width, height, loading: 'lazy' }];
    // ProseMirror wants the content hole alone in its parent, hence the caption span.
    const caption = credit
      ? [
          'figcaption',
          ['span', { class: 'caption' }, 0],
          ' ',
          ['span', { class: 'credit' }, CREDIT_PREFIX + credit],
        ]
      : ['figcaption', 0];
    return ['figure', { 'data-media-id': mediaId }, img, caption] as DOMOutputSpec;
  },
});
