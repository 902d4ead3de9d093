import { useEffect, useRef, useState } from 'react';
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
export function MediaPicker({ open, onClose, onPick, title = 'Choose an image' }: MediaPickerProps) {
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
        <h2 id="media-picker-title">{title}</h2>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      <div role="tablist" className="tabs">
        <button type="button" role="tab" aria-selected={tab === 'library'} onClick={() => setTab('library')}>
          Library
        </button>
        {can('media.upload') && (
          <button type="button" role="tab" aria-selected={tab === 'upload'} onClick={() => setTab('upload')}>
            Upload
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
  return (
    <div role="tabpanel">
      <MediaFilterBar value={filters} onChange={onFilters} compact />
      <ErrorBanner error={list.error} />
      {list.items.length === 0 && !list.isPending ? (
        <p className="muted">No image found.</p>
      ) : (
        <MediaGrid items={list.items} onSelect={onPick} actionLabel="Use" />
      )}
      {list.hasNextPage && (
        <button type="button" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
          Show more
        </button>
      )}
    </div>
  );
}
