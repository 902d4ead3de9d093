import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import './related.css';
import { StoryCardView } from './StoryCardView';

export const LINK_KIND_LABELS = {
  read_more: 'read more',
  inline: 'link in text',
  related: 'related list',
} as const;

/** Stories that link to this one, how (read-more, a link in the text, the related list), and their state. */
export function BacklinksPanel({ articleId }: { articleId: string }) {
  const trpc = useTRPC();
  const headingId = useId();
  const backlinks = useQuery(trpc.related.backlinks.queryOptions({ id: articleId }));
  return (
    <section className="backlinks-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Linked from · যেসব খবরে লিংক আছে</h2>
      <ErrorBanner error={backlinks.error} />
      {backlinks.data?.length === 0 && <p className="muted">No story links here yet.</p>}
      <ul className="story-cards" aria-label="Stories linking here">
        {backlinks.data?.map((s) => (
          <li key={s.id} className="story-card">
            <StoryCardView story={s}>
              <span className="meta">{s.kinds.map((k) => LINK_KIND_LABELS[k]).join(', ')}</span>
            </StoryCardView>
          </li>
        ))}
      </ul>
    </section>
  );
}
