import { Node } from '@tiptap/core';
import type { DOMOutputSpec } from '@tiptap/pm/model';
import { isUuid } from './href';

export const READ_MORE_LABEL = 'আরো পড়ুন';

/**
 * A "read more" box pointing at another story. Only the id is stored: the
 * headline and URL are looked up when rendering, so renames and unpublishing
 * are reflected without touching this body.
 */
export const ReadMore = Node.create({
  name: 'readMore',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      articleId: {
        isRequired: true,
        rendered: false,
        parseHTML: () => null,
        validate: (value: unknown) => {
          if (!isUuid(value)) throw new RangeError('Invalid readMore articleId');
        },
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'aside.read-more[data-article-id]',
        getAttrs: (element: HTMLElement) => {
          const articleId = element.getAttribute('data-article-id');
          return isUuid(articleId) ? { articleId } : false;
        },
      },
    ];
  },

  renderHTML({ node }): DOMOutputSpec {
    return ['aside', { class: 'read-more', 'data-article-id': node.attrs.articleId }, READ_MORE_LABEL];
  },

  // Search text and word counts are about this story, not the linked one.
  renderText: () => '',
});
