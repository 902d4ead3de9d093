import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import { useFormat } from '../../lib/use-format';
import { diffText } from './revision-diff';
import { WordDiff } from './WordDiff';

const REASONS = ['create', 'autosave', 'save', 'publish', 'restore'] as const;
const isReason = (r: string): r is (typeof REASONS)[number] => (REASONS as readonly string[]).includes(r);

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
  const { t } = useTranslation();
  const format = useFormat();
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
  // Rendered again on every refresh of the list: the diff only when the snapshots change.
  const diffs = useMemo(
    () =>
      a && b
        ? {
            headline: diffText(a.headline, b.headline),
            summary: diffText(a.summary, b.summary),
            text: diffText(a.bodyText, b.bodyText),
          }
        : null,
    [a, b],
  );

  return (
    <div className="revisions">
      <ErrorBanner error={revisions.error ?? restoreError} />
      <p className="muted">{t('articles.revisions.intro', { zone: timeZone })}</p>
      <table className="revision-list">
        <thead>
          <tr>
            <th scope="col">{t('articles.revisions.from')}</th>
            <th scope="col">{t('articles.revisions.to')}</th>
            <th scope="col">{t('articles.revisions.revision')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('articles.revisions.actions')}</span>
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
                  aria-label={t('articles.revisions.compareFrom', { version: r.version })}
                  checked={from === r.id}
                  onChange={() => setFromId(r.id)}
                />
              </td>
              <td>
                <input
                  type="radio"
                  name="diff-to"
                  aria-label={t('articles.revisions.compareTo', { version: r.version })}
                  checked={to === r.id}
                  onChange={() => setToId(r.id)}
                />
              </td>
              <td>
                <strong>{isReason(r.reason) ? t(`articles.revisions.reasons.${r.reason}`) : r.reason}</strong>{' '}
                · {t('articles.revisions.version', { version: format.digits(r.version) })}
                <br />
                <span className="muted">
                  {r.createdByName ?? 'Barta'} · {format.dateTime(r.updatedAt, { relative: true })}
                </span>
              </td>
              <td>
                {canRestore && r.id !== list[0]?.id && (
                  <button
                    type="button"
                    disabled={restoring}
                    onClick={async () => {
                      if (!window.confirm(t('articles.revisions.confirmRestore', { version: r.version })))
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
                    {t('articles.revisions.restore')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {diffs ? (
        <section className="diff-view" aria-label={t('articles.revisions.differences')}>
          <p className="muted">
            <del>{t('articles.revisions.removed')}</del> {t('articles.revisions.and')}{' '}
            <ins>{t('articles.revisions.added')}</ins> {t('articles.revisions.legendRest')}
          </p>
          <WordDiff label={t('articles.revisions.headline')} parts={diffs.headline} />
          <WordDiff label={t('articles.revisions.summary')} parts={diffs.summary} />
          <WordDiff label={t('articles.revisions.text')} parts={diffs.text} />
        </section>
      ) : (
        list.length < 2 && <p className="muted">{t('articles.revisions.onlyOne')}</p>
      )}
    </div>
  );
}
