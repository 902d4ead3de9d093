import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import { useFormat } from '../../lib/use-format';
import { StoryCardView } from './StoryCardView';

interface Why {
  sharedTags: string[];
  sameSection: boolean;
  sharedWords: string[];
  ageDays: number;
}

/** Why a story was suggested, in words: the same signals the score adds up. */
function reasons(why: Why, t: TFunction): string {
  const out: string[] = [];
  if (why.sharedTags.length > 0) out.push(t('related.suggestions.tags', { list: why.sharedTags.join(', ') }));
  if (why.sharedWords.length > 0)
    out.push(t('related.suggestions.words', { list: why.sharedWords.slice(0, 5).join(', ') }));
  if (why.sameSection) out.push(t('related.suggestions.sameSection'));
  out.push(
    why.ageDays === 0 ? t('related.suggestions.today') : t('related.suggestions.age', { count: why.ageDays }),
  );
  return out.join(' · ');
}

/** Published or scheduled stories like this one, best first; one click adds one to the related list. */
export function Suggestions({ articleId, onAdd }: { articleId: string; onAdd: (targetId: string) => void }) {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const suggestions = useQuery(trpc.related.suggestions.queryOptions({ id: articleId, limit: 8 }));
  return (
    <section className="suggestions" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('related.suggestions.title')}</h3>
      <ErrorBanner error={suggestions.error} />
      {suggestions.data?.length === 0 && <p className="muted">{t('related.suggestions.empty')}</p>}
      <ul className="story-cards" aria-label={t('related.suggestions.list')}>
        {suggestions.data?.map((s) => (
          <li key={s.id} className="story-card">
            <StoryCardView story={s}>
              <button
                type="button"
                onClick={() => onAdd(s.id)}
                aria-label={t('related.suggestions.addNamed', { headline: s.headline })}
              >
                {t('related.suggestions.add')}
              </button>
            </StoryCardView>
            <span
              className="why"
              lang="bn"
              title={t('related.suggestions.score', { score: format.digits(s.score) })}
            >
              {reasons(s.why, t)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
