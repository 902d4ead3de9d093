import type { MediaItem } from '../../../shared/media/types';

/** A square thumbnail over its blurred placeholder; says when renditions are still being made. */
export function MediaThumb({ item, size = 160 }: { item: MediaItem; size?: number }) {
  return (
    <span
      className="media-thumb"
      style={{
        width: size,
        height: size,
        backgroundImage: item.blurDataUrl ? `url(${item.blurDataUrl})` : undefined,
      }}
    >
      {item.thumbSrc && <img src={item.thumbSrc} alt="" width={size} height={size} loading="lazy" />}
      {item.status !== 'ready' && (
        <span className={`media-status ${item.status}`}>
          {item.status === 'processing'
            ? `Processing ${item.progress.done}/${item.progress.total}`
            : 'Processing failed'}
        </span>
      )}
    </span>
  );
}
