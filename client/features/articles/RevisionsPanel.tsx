import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { formatBnDateTime } from '../../../shared/bn';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import { diffText } from './revision-diff';
import { WordDiff } from './WordDiff';

const REASONS: Record<string, string> = {
  create: 'Created',
  autosave: 'Autosave',
  save: 'Saved',
  publish: 'Published',
  restore: 'Restored',
};

interface Snapshot {
  headline: string;
  summary: string;
  bodyText: string;
}

/**
 * The story's history: who saved what, when and why; a word-level diff between
 * any two revisions; restore one as a new revision.
 */
export function RevisionsPanel({
  articleId,
  canRestore,
  onRestore,
}: {
  articleId: string;
  canRestore: boolean;
  onRestore: (revisionId: string) => Promise<void>;
}) {
  const trpc = useTRPC();
  const { timeZone } = useSession();
  const revisions = useQuery(trpc.articles.revisions.queryOptions({ id: articleId }));
  const list = revisions.data ?? [];
  // Autosaves in a row update one revision in place: its snapshot must be read again
  // whenever the list is, or the diff keeps showing the text as it was ("no change").
  const queryClient = useQueryClient();
  const listedAt = revisions.dataUpdatedAt;
  useEffect(() => {
    if (listedAt) void queryClient.invalidateQueries(trpc.articles.revision.pathFilter());
  }, [listedAt, queryClient, trpc]);
  const [fromId, setFromId] = useState<string | null>(null);
  const [toId, setToId] = useState<string | null>(null);
  const from = fromId ?? list[1]?.id ?? null;
  const to = toId ?? list[0]?.id ?? null;
  const older = useQuery({
    ...trpc.articles.revision.queryOptions({ id: articleId, revisionId: from ?? '' }),
    enabled: Boolean(from),
  });
  const newer = useQuery({
    ...trpc.articles.revision.queryOptions({ id: articleId, revisionId: to ?? '' }),
    enabled: Boolean(to),
  });
  const [restoreError, setRestoreError] = useState<unknown>(null);
  const [restoring, setRestoring] = useState(false);
  const a = older.data?.snapshot as Snapshot | undefined;
  const b = newer.data?.snapshot as Snapshot | undefined;

  return (
    <div className="revisions">
      <ErrorBanner error={revisions.error ?? restoreError} />
      <p className="muted">
        Times in {timeZone}. Autosaves in a row from one tab, within 5 minutes, share one revision; text
        replaced from another tab, device or person always keeps its own.
      </p>
      <table className="revision-list">
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Revision</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.map((r) => (
            <tr key={r.id}>
              <td>
                <input
                  type="radio"
                  name="diff-from"
                  aria-label={`Compare from version ${r.version}`}
                  checked={from === r.id}
                  onChange={() => setFromId(r.id)}
                />
              </td>
              <td>
                <input
                  type="radio"
                  name="diff-to"
                  aria-label={`Compare to version ${r.version}`}
                  checked={to === r.id}
                  onChange={() => setToId(r.id)}
                />
              </td>
              <td>
                <strong>{REASONS[r.reason] ?? r.reason}</strong> · v{r.version}
                <br />
                <span className="muted">
                  {r.createdByName ?? 'Barta'} · {formatBnDateTime(r.updatedAt, timeZone)}
                </span>
              </td>
              <td>
                {canRestore && r.id !== list[0]?.id && (
                  <button
                    type="button"
                    disabled={restoring}
                    onClick={async () => {
                      if (
                        !window.confirm(
                          `Restore version ${r.version}? The current text stays in the history.`,
                        )
                      )
                        return;
                      setRestoring(true);
                      setRestoreError(null);
                      try {
                        await onRestore(r.id);
                        await revisions.refetch();
                        setFromId(null);
                        setToId(null);
                      } catch (error) {
                        setRestoreError(error);
                      } finally {
                        setRestoring(false);
                      }
                    }}
                  >
                    Restore
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {a && b ? (
        <section className="diff-view" aria-label="Differences">
          <p className="muted">
            <del>Removed</del> and <ins>added</ins> words, from the older choice to the newer.
          </p>
          <WordDiff label="Headline" parts={diffText(a.headline, b.headline)} />
          <WordDiff label="Summary" parts={diffText(a.summary, b.summary)} />
          <WordDiff label="Text" parts={diffText(a.bodyText, b.bodyText)} />
        </section>
      ) : (
        list.length < 2 && <p className="muted">There is one revision so far: nothing to compare.</p>
      )}
    </div>
  );
}
