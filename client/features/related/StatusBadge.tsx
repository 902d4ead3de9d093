import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../../shared/articles/status';

const TONE: Partial<Record<ArticleStatus, string>> = {
  published: 'ok',
  scheduled: 'ok',
  unpublished: 'bad',
  archived: 'bad',
  schedule_failed: 'bad',
};

/** A linked story's state, with "in the bin" winning over whatever status it had. */
export function StatusBadge({ status, deleted }: { status: ArticleStatus; deleted?: boolean }) {
  const { t } = useTranslation();
  if (deleted) return <span className="status-badge bad">{t('related.inBin')}</span>;
  return <span className={`status-badge ${TONE[status] ?? 'warn'}`}>{t(`statuses.${status}`)}</span>;
}

/** Whether readers can follow a link to this story now. */
export function isReadable(story: { status: ArticleStatus; deleted: boolean }): boolean {
  return story.status === 'published' && !story.deleted;
}
