import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { NodeViewContent, type NodeViewProps, NodeViewWrapper, ReactNodeViewRenderer } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { Figure } from '../../../shared/editor';
import type { MediaItem } from '../../../shared/media/types';
import { onBijoyPaste } from '../../lib/bijoy-paste';
import { userMessageOf } from '../../lib/errors';
import { uploadMediaFile } from '../media';
import { FigureLibrarySave } from './FigureLibrarySave';
import { useEditorEditable } from './use-editor-editable';

/** A figure in the editor: the caption is typed in place, credit and alt text beside it. */
function FigureView({ node, updateAttributes, editor }: NodeViewProps) {
  const { src, alt, credit, width, height } = node.attrs as {
    src: string;
    alt: string;
    credit: string;
    width: number | null;
    height: number | null;
  };
  const { t } = useTranslation();
  const readOnly = !useEditorEditable(editor);
  return (
    <NodeViewWrapper as="figure" className="editor-figure" data-media-id={node.attrs.mediaId}>
      <img src={src} alt={alt} width={width ?? undefined} height={height ?? undefined} draggable={false} />
      <NodeViewContent<'figcaption'>
        as="figcaption"
        className="editor-figure-caption"
        data-placeholder={t('images.figureCaption')}
      />
      <div className="editor-figure-meta" contentEditable={false}>
        <label>
          {t('images.figureCredit')}
          <input
            value={credit}
            readOnly={readOnly}
            placeholder="সংগৃহীত"
            onChange={(event) => updateAttributes({ credit: event.target.value })}
            onPaste={onBijoyPaste}
          />
        </label>
        <label>
          {t('images.figureAlt')}
          <input
            value={alt}
            readOnly={readOnly}
            placeholder={t('images.figureAltPlaceholder')}
            aria-invalid={alt ? undefined : true}
            onChange={(event) => updateAttributes({ alt: event.target.value })}
          />
        </label>
        {!readOnly && (
          <FigureLibrarySave
            mediaId={node.attrs.mediaId}
            texts={{ alt, credit, caption: node.textContent }}
          />
        )}
      </div>
    </NodeViewWrapper>
  );
}

export const FigureWithView = Figure.extend({
  addNodeView() {
    return ReactNodeViewRenderer(FigureView);
  },
});

/** The figure node for a library item, caption and credit defaulting from the library. */
export function figureFor(media: MediaItem) {
  return {
    type: 'figure',
    attrs: {
      mediaId: media.id,
      src: media.previewSrc,
      alt: media.alt,
      credit: media.credit,
      width: media.width,
      height: media.height,
    },
    content: media.caption ? [{ type: 'text', text: media.caption }] : [],
  };
}

export type BodyUploadUpdate =
  | { state: 'uploading'; progress: number }
  | { state: 'done' }
  | { state: 'error'; message: string };

/**
 * Uploads images dropped or pasted into the body and inserts each as a figure
 * where it landed, in the order given. The drop point follows the text typed
 * meanwhile. Each file reports its progress or its refusal (not an image, too
 * large) on its own.
 */
export async function insertUploadedImages(
  editor: Editor,
  files: File[],
  position: number | null,
  report: (file: File, update: BodyUploadUpdate) => void,
): Promise<void> {
  let at = position;
  const follow = ({ transaction }: { transaction: Transaction }) => {
    if (at !== null) at = transaction.mapping.map(at);
  };
  editor.on('transaction', follow);
  // Every file is listed at once; they upload one after another.
  for (const file of files) report(file, { state: 'uploading', progress: 0 });
  try {
    for (const file of files) {
      try {
        const { media } = await uploadMediaFile(file, (progress) =>
          report(file, { state: 'uploading', progress }),
        );
        if (editor.isDestroyed || !editor.isEditable) {
          report(file, {
            state: 'error',
            message: `“${file.name}” is in the media library, but this story is read-only now, so it was not placed.`,
          });
          continue;
        }
        editor
          .chain()
          .focus()
          .insertContentAt(at ?? editor.state.selection.to, figureFor(media))
          .run();
        report(file, { state: 'done' });
      } catch (error) {
        report(file, { state: 'error', message: userMessageOf(error) });
      }
    }
  } finally {
    editor.off('transaction', follow);
  }
}
