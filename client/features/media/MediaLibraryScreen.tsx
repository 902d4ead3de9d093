import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  const [filters, setFilters] = useState<MediaFilters>(EMPTY_FILTERS);
  const deferred = useDeferredValue(filters);
  const [view, setView] = useState<'grid' | 'table'>('grid');
  const [selected, setSelected] = useState<MediaItemWithUse | null>(null);
  const list = useMediaList(deferred);

  return (
    <section className="media-library">
      <h1>{t('media.title')}</h1>
      {can('media.upload') && <UploadDropzone pasteAnywhere />}
      <div className="media-toolbar">
        <MediaFilterBar value={filters} onChange={setFilters} />
        <fieldset className="view-toggle">
          <legend className="visually-hidden">{t('media.view')}</legend>
          <button type="button" aria-pressed={view === 'grid'} onClick={() => setView('grid')}>
            {t('media.grid')}
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            {t('media.table')}
          </button>
        </fieldset>
      </div>
      <ErrorBanner error={list.error} />
      <div className={selected ? 'media-body with-details' : 'media-body'}>
        <div>
          {list.isPending ? (
            <p className="muted">{t('media.loadingImages')}</p>
          ) : list.items.length === 0 ? (
            <p className="muted">
              {filters.q || filters.uploadedBy || filters.from || filters.to
                ? t('media.noMatch')
                : t('media.empty')}
            </p>
          ) : view === 'grid' ? (
            <MediaGrid items={list.items} selectedId={selected?.id} onSelect={setSelected} />
          ) : (
            <MediaTable items={list.items} onSelect={setSelected} />
          )}
          {list.hasNextPage && (
            <button type="button" onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
              {list.isFetchingNextPage ? t('common.loading') : t('common.showMore')}
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
