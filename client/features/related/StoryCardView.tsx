import type { ReactNode } from 'react';
import type { ArticleStatus } from '../../../shared/articles/status';
import { formatBnDateTime } from '../../../shared/bn/dates';
import { useSession } from '../../app/session';
import { StatusBadge } from './StatusBadge';

export interface StoryCardData {
  id: string;
  headline: string;
  status: ArticleStatus;
  deleted: boolean;
  sectionName: string | null;
  thumbnail: string | null;
  publishAt?: string | null;
  publishedAt?: string | null;
  updatedAt?: string;
}

/** The date that tells two same-headline stories apart: when it went out, is due, or was last edited. */
function storyDate(story: StoryCardData): { label: string; at: string } | null {
  if (story.publishedAt) return { label: 'published', at: story.publishedAt };
  if (story.status === 'scheduled' && story.publishAt) return { label: 'due', at: story.publishAt };
  return story.updatedAt ? { label: 'edited', at: story.updatedAt } : null;
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
  const { timeZone } = useSession();
  const date = storyDate(story);
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
          {date ? (
            <span>
              {' '}
              · {date.label} <time dateTime={date.at}>{formatBnDateTime(date.at, timeZone)}</time>
            </span>
          ) : null}
        </span>
      </span>
      {children}
    </>
  );
}
