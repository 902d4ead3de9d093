import { type Editor, Extension } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** What the highlighter needs of a comment (the shape `workflow.comments.list` returns). */
export interface HighlightComment {
  id: string;
  anchor: { from: number; to: number; quote: string } | null;
  resolvedAt: string | Date | null;
  parentId?: string | null;
}

export const commentHighlightsKey = new PluginKey<DecorationSet>('commentHighlights');

/**
 * Where an anchored passage is now: at its recorded positions if the text there
 * still reads the same, else the first place the quoted text appears (the body
 * moves as people edit). Null when the passage is gone.
 */
export function locateAnchor(
  doc: PMNode,
  anchor: { from: number; to: number; quote: string },
): { from: number; to: number } | null {
  const size = doc.content.size;
  if (
    anchor.to <= size &&
    anchor.from < anchor.to &&
    doc.textBetween(anchor.from, anchor.to, '\n') === anchor.quote
  )
    return { from: anchor.from, to: anchor.to };
  let found: { from: number; to: number } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (!node.isTextblock) return true;
    // Positions of each character of this block's text, to map a match back to the document.
    let text = '';
    const positions: number[] = [];
    node.forEach((child, offset) => {
      if (child.isText && child.text) {
        for (let i = 0; i < child.text.length; i++) positions.push(pos + 1 + offset + i);
        text += child.text;
      }
    });
    const at = text.indexOf(anchor.quote);
    if (at >= 0 && anchor.quote.length > 0) {
      found = { from: positions[at], to: positions[at + anchor.quote.length - 1] + 1 };
    }
    return false;
  });
  return found;
}

function decorate(doc: PMNode, comments: readonly HighlightComment[]): DecorationSet {
  const decorations: Decoration[] = [];
  for (const comment of comments) {
    if (!comment.anchor || comment.resolvedAt || comment.parentId) continue;
    const range = locateAnchor(doc, comment.anchor);
    if (!range) continue;
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: 'comment-highlight',
        'data-comment-id': comment.id,
      }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

/**
 * Highlights the passages open comments are anchored to. Give it the comments
 * list with `setCommentHighlights(editor, comments)` whenever that list changes;
 * between updates the highlights follow the text as it is edited.
 */
export const commentHighlights = Extension.create({
  name: 'commentHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: commentHighlightsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const comments = tr.getMeta(commentHighlightsKey) as HighlightComment[] | undefined;
            if (comments) return decorate(tr.doc, comments);
            return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
          },
        },
        props: {
          decorations(state) {
            return commentHighlightsKey.getState(state);
          },
        },
      }),
    ];
  },
});

/** Hands the current comments to the highlighter (no document change, nothing to undo). */
export function setCommentHighlights(editor: Editor, comments: readonly HighlightComment[]): void {
  if (editor.isDestroyed) return;
  const tr = editor.state.tr.setMeta(commentHighlightsKey, comments).setMeta('addToHistory', false);
  editor.view.dispatch(tr);
}
