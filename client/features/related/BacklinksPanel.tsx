import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import './related.css';
import { StoryCardView } from './StoryCardView';

/** How one story links to another; its words are `related.kinds.<kind>`. */
export type LinkKind = 'read_more' | 'inline' | 'related';

/** Stories that link to this one, how (read-more, a link in the text, the related list), and their state. */
export function BacklinksPanel({ articleId }: { articleId: string }) {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const headingId = useId();
  const backlinks = useQuery(trpc.related.backlinks.queryOptions({ id: articleId }));
  return (
    <section className="backlinks-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('related.backlinks.title')}</h2>
      <ErrorBanner error={backlinks.error} />
      {backlinks.data?.length === 0 && <p className="muted">{t('related.backlinks.empty')}</p>}
      <ul className="story-cards" aria-label={t('related.backlinks.list')}>
        {backlinks.data?.map((s) => (
          <li key={s.id} className="story-card">
            <StoryCardView story={s}>
              <span className="meta">{s.kinds.map((k) => t(`related.kinds.${k}`)).join(', ')}</span>
            </StoryCardView>
          </li>
        ))}
      </ul>
    </section>
  );
}
