import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './related.css';
import type { StoryCardData } from './StoryCardView';
import { StoryPicker } from './StoryPicker';

interface StoryPickerDialogProps {
  /** The story being edited, left out of the results. */
  articleId?: string;
  title?: string;
  pickLabel?: string;
  onPick: (story: StoryCardData) => void;
  onClose: () => void;
}

/**
 * A modal story search (for inserting or changing a read-more block). Native
 * <dialog>: focus is trapped, Escape closes it, and focus returns where it was.
 */
export function StoryPickerDialog({ articleId, title, pickLabel, onPick, onClose }: StoryPickerDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={ref} className="story-picker-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{title ?? t('related.readMore.insertTitle')}</h2>
      <StoryPicker
        articleId={articleId}
        pickLabel={pickLabel ?? t('related.readMore.insert')}
        autoFocus
        onPick={(story) => {
          onPick(story);
          onClose();
        }}
      />
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('related.picker.cancel')}
        </button>
      </div>
    </dialog>
  );
}
