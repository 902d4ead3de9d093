import { useTranslation } from 'react-i18next';
import type { MediaItem } from '../../../shared/media/types';
import { useFormat } from '../../lib/use-format';

/** A square thumbnail over its blurred placeholder; says when renditions are still being made. */
export function MediaThumb({ item, size = 160 }: { item: MediaItem; size?: number }) {
  const { t } = useTranslation();
  const format = useFormat();
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
            ? t('media.processing', {
                done: format.digits(item.progress.done),
                total: format.digits(item.progress.total),
              })
            : t('media.processingFailed')}
        </span>
      )}
    </span>
  );
}
