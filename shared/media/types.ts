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
