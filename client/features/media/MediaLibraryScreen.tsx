import { useDeferredValue, useState } from 'react';
import type { MediaItemWithUse } from '../../../shared/media/types';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { MediaDetails } from './MediaDetails';
import { MediaFilterBar } from './MediaFilters';
import { MediaGrid } from './MediaGrid';
import { MediaTable } from './MediaTable';
import { UploadDropzone } from './UploadDropzone';
import { EMPTY_FILTERS, type MediaFilters, useMediaList } from './use-media';
import './media.css';

/** /admin/media: upload, find, describe and tidy the newsroom's pictures. */
export function MediaLibraryScreen() {
  const { can } = useSession();
  const [filters, setFilters] = useState<MediaFilters>(EMPTY_FILTERS);
  const deferred = useDeferredValue(filters);
  const [view, setView] = useState<'grid' | 'table'>('grid');
  const [selected, setSelected] = useState<MediaItemWithUse | null>(null);
  const list = useMediaList(deferred);

  return (
    <section className="media-library">
      <h1>Media library</h1>
      {can('media.upload') && <UploadDropzone pasteAnywhere />}
      <div className="media-toolbar">
        <MediaFilterBar value={filters} onChange={setFilters} />
        <fieldset className="view-toggle">
          <legend className="visually-hidden">View</legend>
          <button type="button" aria-pressed={view === 'grid'} onClick={() => setView('grid')}>
            Grid
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            Table
          </button>
        </fieldset>
      </div>
      <ErrorBanner error={list.error} />
      <div className={selected ? 'media-body with-details' : 'media-body'}>
        <div>
          {list.isPending ? (
            <p className="muted">Loading images…</p>
          ) : list.items.length === 0 ? (
            <p className="muted">
              {filters.q || filters.uploadedBy || filters.from || filters.to
                ? 'No image matches these filters.'
                : 'No images yet: drop some above.'}
            </p>
          ) : view === 'grid' ? (
            <MediaGrid items={list.items} selectedId={selected?.id} onSelect={setSelected} />
          ) : (
            <MediaTable items={list.items} onSelect={setSelected} />
          )}
          {list.hasNextPage && (
            <button type="button" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
              {list.isFetchingNextPage ? 'Loading…' : 'Show more'}
            </button>
          )}
        </div>
        {selected && (
          <MediaDetails
            key={selected.id}
            item={list.items.find((i) => i.id === selected.id) ?? selected}
            onClose={() => setSelected(null)}
            onDeleted={() => setSelected(null)}
          />
        )}
      </div>
    </section>
  );
}
