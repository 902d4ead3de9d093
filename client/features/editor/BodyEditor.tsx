import type { Editor, JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorContent, useEditor } from '@tiptap/react';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { buildBodyExtensions, cleanPastedHtml, isProseMirrorClipboard } from '../../../shared/editor';
import { i18n } from '../../i18n';
import { type BodyCollab, collabExtensions } from '../collab/body-collab';
import { InsertReadMoreButton, ReadMoreWithView } from '../related/read-more-node';
import { commentHighlights } from '../workflow/comment-highlights';
import { type BodyUpload, BodyUploads } from './BodyUploads';
import { BijoyPaste } from './bijoy-paste';
import { type BodyUploadUpdate, FigureWithView, insertUploadedImages } from './figure-node';
import { InsertFigureButton } from './InsertFigureButton';
import { LinkDialog } from './LinkDialog';
import { Toolbar } from './Toolbar';

// Built once: the same extension list the server validates with (node views plug in here).
// Comment highlights are decorations only: they add nothing to the document schema.
const extensions = [
  ...buildBodyExtensions({ readMore: ReadMoreWithView, figure: FigureWithView }),
  commentHighlights,
  BijoyPaste,
];

/**
 * A picture dropped on a paragraph goes before it (dropped on its first half) or
 * after it, never into the middle of a sentence.
 */
function blockBoundaryNear(doc: ProseMirrorNode, pos: number): number {
  const $pos = doc.resolve(pos);
  if (!$pos.parent.isTextblock || $pos.depth === 0) return pos;
  return $pos.parentOffset < $pos.parent.content.size / 2 ? $pos.before() : $pos.after();
}

function imageFiles(data: DataTransfer | null): File[] {
  return [...(data?.files ?? [])].filter((file) => file.type.startsWith('image/') || file.type === '');
}

interface BodyEditorProps {
  initialContent: JSONContent;
  /** Co-editing: the body is the shared document's fragment (initialContent is then unused). */
  collab?: BodyCollab | null;
  editable: boolean;
  /** Called on every change; must be cheap (the save queue reads the content later). */
  onChange: () => void;
  onReady: (editor: Editor) => void;
}

/**
 * The story body. Uncontrolled on purpose: React never pushes content into it
 * while the user types (that would break Bengali IME composition); the parent
 * reads `editor.getJSON()` when it saves. Toolbar state is read after the frame (Toolbar).
 */
export const BodyEditor = memo(function BodyEditor({
  initialContent,
  collab,
  editable,
  onChange,
  onReady,
}: BodyEditorProps) {
  // The server seeds the shared document from the story: content set here would be typed twice.
  const list = useMemo(
    () => (collab ? [...collabExtensions(collab), commentHighlights, BijoyPaste] : extensions),
    [collab],
  );
  const [linkOpen, setLinkOpen] = useState(false);
  const [uploads, setUploads] = useState<BodyUpload[]>([]);
  const editorRef = useRef<Editor | null>(null);
  // One row per file dropped or pasted into the text, until it is placed (errors stay).
  const reportRef = useRef((file: File, update: BodyUploadUpdate) =>
    setUploads((list) => {
      if (update.state === 'done') return list.filter((entry) => entry.file !== file);
      const entry = { file, ...update };
      // Updated in place, so rows keep the order the files were dropped in.
      return list.some((e) => e.file === file)
        ? list.map((e) => (e.file === file ? entry : e))
        : [...list, entry];
    }),
  );
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const editor = useEditor(
    {
      extensions: list,
      content: collab ? undefined : initialContent,
      editable,
      shouldRerenderOnTransaction: false,
      // Tiptap's 'delete' events cost a timer and a replay of every transaction's steps per
      // keystroke; nothing in Barta listens for them.
      enableCoreExtensions: { delete: false },
      editorProps: {
        attributes: {
          class: 'story-body',
          'aria-label': i18n.t('editor.body.label'),
          'aria-multiline': 'true',
          role: 'textbox',
          lang: 'bn',
          spellcheck: 'true',
        },
        // Our own clipboard keeps figures and read-more blocks; office HTML is cleaned first.
        transformPastedHTML: (html) => (isProseMirrorClipboard(html) ? html : cleanPastedHtml(html)),
        // Images dropped or pasted into the text are uploaded and become figures there.
        handleDrop: (view, event) => {
          const files = imageFiles(event.dataTransfer);
          if (files.length === 0 || !editorRef.current) return false;
          event.preventDefault();
          const dropped = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
          const at = dropped === undefined ? null : blockBoundaryNear(view.state.doc, dropped);
          void insertUploadedImages(editorRef.current, files, at, reportRef.current);
          return true;
        },
        handlePaste: (_view, event) => {
          const files = imageFiles(event.clipboardData);
          if (files.length === 0 || !editorRef.current) return false;
          void insertUploadedImages(editorRef.current, files, null, reportRef.current);
          return true;
        },
        handleKeyDown: (_view, event) => {
          if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
            event.preventDefault();
            setLinkOpen(true);
            return true;
          }
          return false;
        },
      },
      onUpdate: () => onChangeRef.current(),
      // A new shared document (or none) is a new editor; the single-editor list never changes.
    },
    [list],
  );

  editorRef.current = editor;
  useEffect(() => {
    if (editor) onReady(editor);
  }, [editor, onReady]);

  // Co-editing: typing ProseMirror has not read from the page yet goes into the shared
  // document before the page hides (use-collab writes the closing copy right after).
  useEffect(() => {
    if (!editor || !collab) return;
    const flush = () => {
      if (!editor.isDestroyed)
        (editor.view as unknown as { domObserver?: { flush(): void } }).domObserver?.flush();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    // Capturing listeners run first at the target: before the closing copy is written.
    window.addEventListener('pagehide', flush, true);
    document.addEventListener('visibilitychange', onVisibility, true);
    return () => {
      window.removeEventListener('pagehide', flush, true);
      document.removeEventListener('visibilitychange', onVisibility, true);
    };
  }, [editor, collab]);

  useEffect(() => {
    // setEditable without emitting an update: becoming read-only is not a change to save.
    if (editor && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

  if (!editor) return null;
  return (
    <div className={editable ? 'body-editor' : 'body-editor read-only'}>
      {editable && <Toolbar editor={editor} onLink={() => setLinkOpen(true)} />}
      {editable && (
        <div className="toolbar-extras">
          <InsertFigureButton editor={editor} />
          <InsertReadMoreButton editor={editor} />
        </div>
      )}
      <BodyUploads uploads={uploads} onDismiss={(file) => reportRef.current(file, { state: 'done' })} />
      <EditorContent editor={editor} />
      {linkOpen && <LinkDialog editor={editor} onClose={() => setLinkOpen(false)} />}
    </div>
  );
});
