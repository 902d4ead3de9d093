import { Extension } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { Fragment, type Node as ProseMirrorNode, type Schema, Slice } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import { bijoyToUnicode } from '../../../shared/bn/bijoy';
import { bijoyPasteConversion } from '../../../shared/editor/paste';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    bijoyPaste: {
      /** Converts the selected text from Bijoy to Unicode, keeping its bold, links and other marks. */
      convertBijoySelection: () => ReturnType;
    };
  }
}

/** Plain text as paragraphs, one per line, fit to drop into the current block. */
function paragraphsOf(schema: Schema, text: string): Slice {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const nodes = lines.map((line) => schema.nodes.paragraph.create(null, line ? schema.text(line) : null));
  return new Slice(Fragment.from(nodes), 1, 1);
}

/**
 * Bijoy in the story text: a paste of Bijoy text is inserted as it came and then
 * replaced by Unicode in a second history step, so one undo shows the pasted
 * original (to check or keep it) and a second removes the paste.
 */
export const BijoyPaste = Extension.create({
  name: 'bijoyPaste',

  addCommands() {
    return {
      convertBijoySelection:
        () =>
        ({ state, tr, dispatch }) => {
          const { from, to } = state.selection;
          if (from === to) return false;
          const segments: Array<{ start: number; end: number; node: ProseMirrorNode }> = [];
          state.doc.nodesBetween(from, to, (node, pos) => {
            if (node.isText)
              segments.push({ start: Math.max(pos, from), end: Math.min(pos + node.nodeSize, to), node });
          });
          let changed = false;
          for (const { start, end, node } of segments.reverse()) {
            const text = state.doc.textBetween(start, end);
            const converted = bijoyToUnicode(text);
            if (converted === text || converted === '') continue;
            tr.replaceWith(start, end, state.schema.text(converted, node.marks));
            changed = true;
          }
          if (changed && dispatch) dispatch(tr);
          return changed;
        },
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Alt-b': () => this.editor.commands.convertBijoySelection() };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('bijoyPaste'),
        props: {
          handlePaste: (view, event) => {
            const text = event.clipboardData?.getData('text/plain') ?? '';
            const converted = bijoyPasteConversion(text, event.clipboardData?.getData('text/html') ?? '');
            if (converted === null) return false;
            const { schema } = view.state;
            const from = view.state.selection.from;
            const pasted = view.state.tr
              .replaceSelection(paragraphsOf(schema, text))
              .setMeta('uiEvent', 'paste');
            view.dispatch(pasted.scrollIntoView());
            // Co-editing: Yjs's undo groups changes made close together; the conversion is a step of its own.
            yUndoPluginKey.getState(view.state)?.undoManager.stopCapturing();
            const end = view.state.selection.to;
            const replace = view.state.tr.replace(from, end, paragraphsOf(schema, converted));
            view.dispatch(closeHistory(replace).setMeta('uiEvent', 'paste'));
            return true;
          },
        },
      }),
    ];
  },
});
