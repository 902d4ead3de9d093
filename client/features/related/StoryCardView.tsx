import type { ReactNode } from 'react';
import type { ArticleStatus } from '../../../shared/articles/status';
import { StatusBadge } from './StatusBadge';

export interface StoryCardData {
  id: string;
  headline: string;
  status: ArticleStatus;
  deleted: boolean;
  sectionName: string | null;
  thumbnail: string | null;
}

/** Thumbnail, headline, status and section of a story; `children` are its actions. */
export function StoryCardView({
  story,
  before,
  children,
}: {
  story: StoryCardData;
  before?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <>
      {before}
      {story.thumbnail ? (
        <img className="thumb" src={story.thumbnail} alt="" width={48} height={48} loading="lazy" />
      ) : (
        <span className="thumb empty" aria-hidden="true" />
      )}
      <span className="story-text">
        <span className="headline" lang="bn">
          {story.headline || 'Untitled story'}
        </span>
        <span className="meta">
          <StatusBadge status={story.status} deleted={story.deleted} />
          {story.sectionName ? <span lang="bn"> · {story.sectionName}</span> : null}
        </span>
      </span>
      {children}
    </>
  );
}
