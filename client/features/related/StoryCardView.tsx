import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../../shared/articles/status';
import { useFormat } from '../../lib/use-format';
import { useSectionName } from '../sections/use-section-name';
import { StatusBadge } from './StatusBadge';

export interface StoryCardData {
  id: string;
  headline: string;
  status: ArticleStatus;
  deleted: boolean;
  sectionName: string | null;
  sectionNameEn?: string | null;
  thumbnail: string | null;
  publishAt?: string | null;
  publishedAt?: string | null;
  updatedAt?: string;
}

/** The date that tells two same-headline stories apart: when it went out, is due, or was last edited. */
function storyDate(story: StoryCardData): { label: 'published' | 'due' | 'edited'; at: string } | null {
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
  const { t } = useTranslation();
  const format = useFormat();
  const date = storyDate(story);
  const section = useSectionName()(story);
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
          {story.headline || t('related.untitled')}
        </span>
        <span className="meta">
          <StatusBadge status={story.status} deleted={story.deleted} />
          {section ? <span lang={section.lang}> · {section.name}</span> : null}
          {date ? (
            <span>
              {' '}
              · {t(`related.card.${date.label}`)} <time dateTime={date.at}>{format.dateTime(date.at)}</time>
            </span>
          ) : null}
        </span>
      </span>
      {children}
    </>
  );
}
