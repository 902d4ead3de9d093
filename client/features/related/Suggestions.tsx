import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import { StoryCardView } from './StoryCardView';

interface Why {
  sharedTags: string[];
  sameSection: boolean;
  sharedWords: string[];
  ageDays: number;
}

/** Why a story was suggested, in words: the same signals the score adds up. */
function reasons(why: Why): string {
  const out: string[] = [];
  if (why.sharedTags.length > 0) out.push(`tags: ${why.sharedTags.join(', ')}`);
  if (why.sharedWords.length > 0) out.push(`words: ${why.sharedWords.slice(0, 5).join(', ')}`);
  if (why.sameSection) out.push('same section');
  out.push(why.ageDays === 0 ? 'today' : `${why.ageDays} day${why.ageDays === 1 ? '' : 's'} old`);
  return out.join(' · ');
}

/** Published or scheduled stories like this one, best first; one click adds one to the related list. */
export function Suggestions({ articleId, onAdd }: { articleId: string; onAdd: (targetId: string) => void }) {
  const trpc = useTRPC();
  const headingId = useId();
  const suggestions = useQuery(trpc.related.suggestions.queryOptions({ id: articleId, limit: 8 }));
  return (
    <section className="suggestions" aria-labelledby={headingId}>
      <h3 id={headingId}>Suggestions</h3>
      <ErrorBanner error={suggestions.error} />
      {suggestions.data?.length === 0 && (
        <p className="muted">No suggestions yet: add tags, a section or more text to the story.</p>
      )}
      <ul className="story-cards" aria-label="Suggested related stories">
        {suggestions.data?.map((s) => (
          <li key={s.id} className="story-card">
            <StoryCardView story={s}>
              <button type="button" onClick={() => onAdd(s.id)} aria-label={`Add suggestion: ${s.headline}`}>
                Add
              </button>
            </StoryCardView>
            <span className="why" lang="bn" title={`Score ${s.score}`}>
              {reasons(s.why)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
