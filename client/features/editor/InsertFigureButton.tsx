import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MediaPicker } from '../media';
import { figureFor } from './figure-node';

/** Inserts an image from the library (or a new upload) as a figure at the cursor. */
export function InsertFigureButton({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="toolbar-extra" onClick={() => setOpen(true)}>
        {t('editor.toolbar.image')}
      </button>
      <MediaPicker
        open={open}
        title={t('editor.toolbar.insertImage')}
        onClose={() => setOpen(false)}
        onPick={(media) => {
          setOpen(false);
          editor.chain().focus().insertContent(figureFor(media)).run();
        }}
      />
    </>
  );
}
