import type { PhotoFileField } from './photo-fields';

/** Where a story uses an image: its lead picture or a figure in the body. */
export interface MediaUse {
  articleId: string;
  headline: string;
  kind: 'lead' | 'figure';
}

/** An image as the dashboard sees it (library, picker, editor). */
export interface MediaItem {
  id: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  originalName: string;
  alt: string;
  caption: string;
  credit: string;
  rightsNote: string;
  /** Photographer, copyright notice and supplier, as in the file's IPTC/XMP or typed. */
  creator: string;
  copyright: string;
  source: string;
  /** Which texts are still as read from the file (shown as "from the file" until edited). */
  fromFile: PhotoFileField[];
  focalX: number;
  focalY: number;
  blurDataUrl: string;
  status: 'processing' | 'ready' | 'failed';
  processingError: string | null;
  /** Renditions made so far and how many there will be. */
  progress: { done: number; total: number };
  /** `/media/…` of the 640-wide WebP (or the largest below it): what the editor shows. */
  previewSrc: string;
  /** Square crop around the focal point, when made; else previewSrc. */
  thumbSrc: string;
  srcset: string;
  uploadedBy: { id: string; name: string } | null;
  /** ISO 8601, UTC. */
  createdAt: string;
  updatedAt: string;
}

export interface MediaItemWithUse extends MediaItem {
  usedIn: MediaUse[];
}
