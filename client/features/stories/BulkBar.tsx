import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkRowResult } from '../../../shared/stories/schemas';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { translateKnownMessage } from '../../i18n/server-messages';
import { useTRPC } from '../../lib/trpc';
import { SectionOption } from '../sections/SectionOption';

/** Actions on the selected stories; the server checks each row and says what happened to it. */
export function BulkBar({
  items,
  onDone,
}: {
  items: { id: string; version: number }[];
  onDone: (results: BulkRowResult[]) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { can } = useSession();
  const sections = useQuery(trpc.sections.list.queryOptions());
  const [sectionId, setSectionId] = useState('');
  const [tag, setTag] = useState('');
  const [results, setResults] = useState<BulkRowResult[] | null>(null);
  const finish = {
    onSuccess: (r: BulkRowResult[]) => {
      setResults(r);
      onDone(r);
    },
  };
  const assign = useMutation(trpc.stories.bulkAssignSection.mutationOptions(finish));
  const addTag = useMutation(trpc.stories.bulkAddTag.mutationOptions(finish));
  const unschedule = useMutation(trpc.stories.bulkUnschedule.mutationOptions(finish));
  const archive = useMutation(trpc.stories.bulkArchive.mutationOptions(finish));
  const busy = assign.isPending || addTag.isPending || unschedule.isPending || archive.isPending;
  const error = assign.error ?? addTag.error ?? unschedule.error ?? archive.error;

  return (
    <section className="bulk-bar" aria-label={t('stories.bulk.label')}>
      {items.length > 0 && (
        <div className="actions">
          <strong>{t('stories.bulk.selected', { count: items.length })}</strong>
          {can('articles.edit') && (
            <>
              <select
                aria-label={t('stories.bulk.sectionTo')}
                value={sectionId}
                onChange={(e) => setSectionId(e.target.value)}
              >
                <option value="">{t('stories.bulk.sectionPlaceholder')}</option>
                {sections.data?.map((s) => (
                  <SectionOption key={s.id} section={s} />
                ))}
              </select>
              <button
                type="button"
                disabled={!sectionId || busy}
                onClick={() => assign.mutate({ items, sectionId })}
              >
                {t('stories.bulk.assign')}
              </button>
              <input
                aria-label={t('stories.bulk.tagToAdd')}
                placeholder={t('stories.bulk.tagPlaceholder')}
                value={tag}
                onChange={(e) => setTag(e.target.value)}
              />
              <button
                type="button"
                disabled={!tag.trim() || busy}
                onClick={() => addTag.mutate({ items, tag })}
              >
                {t('stories.bulk.addTag')}
              </button>
            </>
          )}
          {can('articles.schedule') && (
            <button type="button" disabled={busy} onClick={() => unschedule.mutate({ items })}>
              {t('stories.bulk.unschedule')}
            </button>
          )}
          {can('articles.unpublish') && (
            <button type="button" disabled={busy} onClick={() => archive.mutate({ items })}>
              {t('stories.bulk.archive')}
            </button>
          )}
        </div>
      )}
      <ErrorBanner error={error} />
      {results && (
        <div className="bulk-results" role="status">
          <p>
            {t('stories.bulk.summary', {
              done: results.filter((r) => r.outcome === 'done').length,
              notChanged: results.filter((r) => r.outcome !== 'done').length,
            })}{' '}
            <button type="button" className="link-button" onClick={() => setResults(null)}>
              {t('stories.bulk.dismiss')}
            </button>
          </p>
          <ul>
            {results.map((r) => (
              <li key={r.id} className={`bulk-${r.outcome}`}>
                <strong>{t(`stories.bulk.outcomes.${r.outcome}`)}:</strong> {r.headline} —{' '}
                {translateKnownMessage(r.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
