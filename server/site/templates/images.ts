import { THUMB_SIZE } from '../../../shared/media/limits';
import type { RenderMedia } from '../../features/media/media.queries';
import { attrs, html, type SafeHtml } from './html';

/**
 * A responsive image: srcset renditions, width and height for the aspect ratio
 * (no layout shift), lazy below the fold, always an alt attribute.
 */
export function renderImage(
  media: RenderMedia,
  options: { alt: string; lazy: boolean; sizes?: string },
): SafeHtml {
  return html`<img${attrs({
    src: media.src,
    srcset: media.srcset || null,
    sizes: media.srcset ? (options.sizes ?? media.sizes) : null,
    width: media.width,
    height: media.height,
    alt: options.alt,
    loading: options.lazy ? 'lazy' : null,
    decoding: 'async',
    fetchpriority: options.lazy ? null : 'high',
  })}>`;
}

/** The square focal-point thumbnail for lists; falls back to the responsive image until it exists. */
export function renderThumb(media: RenderMedia, alt: string): SafeHtml {
  if (media.thumbSrc && media.thumbSrc !== media.src) {
    return html`<img${attrs({
      src: media.thumbSrc,
      width: THUMB_SIZE,
      height: THUMB_SIZE,
      alt,
      loading: 'lazy',
      decoding: 'async',
    })}>`;
  }
  return renderImage(media, { alt, lazy: true, sizes: '10rem' });
}
