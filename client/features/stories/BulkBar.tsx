import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { BulkRowResult } from '../../../shared/stories/schemas';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';

const OUTCOME_LABELS = { done: 'Done', skipped: 'Skipped', failed: 'Failed' } as const;

/** Actions on the selected stories; the server checks each row and says what happened to it. */
export function BulkBar({
  items,
  onDone,
}: {
  items: { id: string; version: number }[];
  onDone: (results: BulkRowResult[]) => void;
}) {
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
    <section className="bulk-bar" aria-label="Bulk actions">
      {items.length > 0 && (
        <div className="actions">
          <strong>{items.length} selected</strong>
          {can('articles.edit') && (
            <>
              <select
                aria-label="Section to move to"
                value={sectionId}
                onChange={(e) => setSectionId(e.target.value)}
              >
                <option value="">Section…</option>
                {sections.data?.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.nameBn}
                  </option>
                ))}
              </select>
              <button
                type="button"
                disabled={!sectionId || busy}
                onClick={() => assign.mutate({ items, sectionId })}
              >
                Assign section
              </button>
              <input
                aria-label="Tag to add"
                placeholder="tag"
                value={tag}
                onChange={(e) => setTag(e.target.value)}
              />
              <button
                type="button"
                disabled={!tag.trim() || busy}
                onClick={() => addTag.mutate({ items, tag })}
              >
                Add tag
              </button>
            </>
          )}
          {can('articles.schedule') && (
            <button type="button" disabled={busy} onClick={() => unschedule.mutate({ items })}>
              Unschedule
            </button>
          )}
          {can('articles.unpublish') && (
            <button type="button" disabled={busy} onClick={() => archive.mutate({ items })}>
              Archive
            </button>
          )}
        </div>
      )}
      <ErrorBanner error={error} />
      {results && (
        <div className="bulk-results" role="status">
          <p>
            {results.filter((r) => r.outcome === 'done').length} done,{' '}
            {results.filter((r) => r.outcome !== 'done').length} not changed.{' '}
            <button type="button" className="link-button" onClick={() => setResults(null)}>
              Dismiss
            </button>
          </p>
          <ul>
            {results.map((r) => (
              <li key={r.id} className={`bulk-${r.outcome}`}>
                <strong>{OUTCOME_LABELS[r.outcome]}:</strong> {r.headline} — {r.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
