import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { MediaPicker } from '../media';
import { figureFor } from './figure-node';

/** Inserts an image from the library (or a new upload) as a figure at the cursor. */
export function InsertFigureButton({ editor }: { editor: Editor }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="toolbar-extra" onClick={() => setOpen(true)}>
        Image
      </button>
      <MediaPicker
        open={open}
        title="Insert an image"
        onClose={() => setOpen(false)}
        onPick={(media) => {
          setOpen(false);
          editor.chain().focus().insertContent(figureFor(media)).run();
        }}
      />
    </>
  );
}
