import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../shared/media/types';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { MediaFilterBar } from './MediaFilters';
import { MediaGrid } from './MediaGrid';
import { UploadDropzone } from './UploadDropzone';
import { EMPTY_FILTERS, type MediaFilters, useMediaList } from './use-media';
import './media.css';

interface MediaPickerProps {
  open: boolean;
  onClose: () => void;
  /** The chosen image: picked from the library, or just uploaded. */
  onPick: (media: MediaItem) => void;
  title?: string;
}

/**
 * A modal dialog to choose an image for a story (lead image, figure): the
 * library with search, or a new upload, which is picked as soon as it is stored.
 */
export function MediaPicker({ open, onClose, onPick, title }: MediaPickerProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const { can } = useSession();
  const [tab, setTab] = useState<'library' | 'upload'>('library');
  const [filters, setFilters] = useState<MediaFilters>(EMPTY_FILTERS);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog ref={ref} className="media-picker" aria-labelledby="media-picker-title" onClose={onClose}>
      <div className="media-picker-head">
        <h2 id="media-picker-title">{title ?? t('media.picker.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('media.picker.cancel')}
        </button>
      </div>
      <div role="tablist" className="tabs">
        <button type="button" role="tab" aria-selected={tab === 'library'} onClick={() => setTab('library')}>
          {t('media.picker.library')}
        </button>
        {can('media.upload') && (
          <button type="button" role="tab" aria-selected={tab === 'upload'} onClick={() => setTab('upload')}>
            {t('media.picker.upload')}
          </button>
        )}
      </div>
      {open && tab === 'library' && (
        <PickerLibrary filters={filters} onFilters={setFilters} onPick={onPick} />
      )}
      {open && tab === 'upload' && <UploadDropzone multiple={false} onUploaded={(media) => onPick(media)} />}
    </dialog>
  );
}

function PickerLibrary({
  filters,
  onFilters,
  onPick,
}: {
  filters: MediaFilters;
  onFilters: (f: MediaFilters) => void;
  onPick: (media: MediaItem) => void;
}) {
  const list = useMediaList(filters, 24);
  const { t } = useTranslation();
  return (
    <div role="tabpanel">
      <MediaFilterBar value={filters} onChange={onFilters} compact />
      <ErrorBanner error={list.error} />
      {list.items.length === 0 && !list.isPending ? (
        <p className="muted">{t('media.picker.none')}</p>
      ) : (
        <MediaGrid items={list.items} onSelect={onPick} actionLabel={t('media.use')} />
      )}
      {list.hasNextPage && (
        <button type="button" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          {t('media.picker.more')}
        </button>
      )}
    </div>
  );
}
