import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleStatus } from '../../../shared/articles/status';
import { nextUpdateActions, type UpdateAction } from '../../../shared/articles/transitions';
import { UPDATE_NOTE_MAX } from '../../../shared/articles/transitions-schemas';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC, useTRPCClient } from '../../lib/trpc';
import { useFormat } from '../../lib/use-format';
import { diffText } from '../articles/revision-diff';
import { WordDiff } from '../articles/WordDiff';
import { WhenField } from '../schedule/WhenField';
import { useBeforeAct } from '../workflow/use-before-act';
import { LiveLinks } from './story-links';
import './publication.css';

/**
 * Above the editor of a live story: since when it is live and where, and its
 * pending update (saved edits readers do not see yet): who changed what, and the
 * actions on it. Above a scheduled story: what an edit does to the schedule.
 */
export function LiveStoryBanner({
  articleId,
  version,
  status,
  onChanged,
  onDiscarded,
  beforeAct,
}: {
  articleId: string;
  version: number;
  status: ArticleStatus;
  onChanged: (change: { version: number; status: ArticleStatus }) => void;
  /** The pending text is gone: the editor reloads the live text. */
  onDiscarded: () => void;
  /** See WorkflowActions: the text on screen is on the server before an update goes out. */
  beforeAct?: () => Promise<number | undefined>;
}) {
  const client = useTRPCClient();
  const trpc = useTRPC();
  const { user, timeZone, can } = useSession();
  const { t } = useTranslation();
  const format = useFormat();
  const [asking, setAsking] = useState<UpdateAction | null>(null);
  const [note, setNote] = useState('');
  const [correction, setCorrection] = useState(false);
  const [when, setWhen] = useState('');
  const watched = status === 'published' || status === 'scheduled';
  // Under a key of its own, refetched with each new version: the editor's copy is never replaced.
  const story = useQuery({
    queryKey: ['story-live-state', articleId, version],
    queryFn: () => client.articles.get.query({ id: articleId }),
    enabled: watched,
  });
  const done = (result: { version: number; status: ArticleStatus }) => {
    setAsking(null);
    setNote('');
    setCorrection(false);
    onChanged({ version: result.version, status: result.status });
  };
  const approve = useMutation(trpc.workflow.approveUpdate.mutationOptions({ onSuccess: done }));
  const publish = useMutation(trpc.workflow.publishUpdate.mutationOptions({ onSuccess: done }));
  const discard = useMutation(
    trpc.workflow.discardUpdate.mutationOptions({
      onSuccess: (result) => {
        done(result);
        onDiscarded();
      },
    }),
  );
  const schedule = useMutation(trpc.schedule.scheduleUpdate.mutationOptions({ onSuccess: done }));
  const unschedule = useMutation(trpc.schedule.unscheduleUpdate.mutationOptions({ onSuccess: done }));
  const all = [approve, publish, discard, schedule, unschedule];
  const before = useBeforeAct(beforeAct, version);
  const busy = before.preparing || all.some((m) => m.isPending);
  const error = all.find((m) => m.error)?.error ?? before.error;
  const data = story.data;
  if (!watched || !data) return null;
  const at = (value: Date | string) => `${format.dateTime(value)} (${format.zone(value)})`;
  const label = (action: UpdateAction) => t(`publication.actions.${action}`);

  if (status === 'scheduled') {
    if (!can('articles.edit') || can('articles.review') || !data.publishAt) return null;
    return (
      <p className="notice schedule-edit-warning" role="note">
        {t('publication.banner.scheduledEdit', { when: at(data.publishAt) })}
      </p>
    );
  }

  const pending = data.pendingUpdate;
  const since = data.publishedAt ? at(data.publishedAt) : '—';
  const byName = pending?.byName ?? t('publication.banner.someone');
  const facts = pending ? { reviewed: pending.reviewed, scheduled: pending.publishAt !== null } : null;
  const actions = nextUpdateActions(status, user.role, facts);
  const run = async (action: UpdateAction) => {
    for (const m of all) m.reset();
    const actOn = await before.prepare();
    if (actOn === null) return;
    const base = { id: articleId, version: actOn };
    if (action === 'approve_update') approve.mutate(base);
    else if (action === 'publish_update') publish.mutate({ ...base, note: note.trim(), correction });
    else if (action === 'discard_update') discard.mutate(base);
    else if (action === 'schedule_update')
      schedule.mutate({ ...base, publishAt: when, note: note.trim(), correction });
    else unschedule.mutate(base);
  };
  const asksFirst = (action: UpdateAction) =>
    action === 'publish_update' || action === 'schedule_update' || action === 'discard_update';

  return (
    <section className="live-banner" aria-label={t('publication.banner.region')}>
      <p className="live-line">
        <span className="status-badge status-published">{t('publication.banner.live')}</span>
        <span>
          {data.publicUpdatedAt
            ? t('publication.banner.liveSinceUpdated', { when: since, updated: at(data.publicUpdatedAt) })
            : t('publication.banner.liveSince', { when: since })}
        </span>
        <LiveLinks id={articleId} slug={data.slug} />
      </p>
      {!pending ? (
        <p className="muted">{t('publication.banner.typingIsUpdate')}</p>
      ) : (
        <div className="pending-update" role="status">
          <p>
            <strong>{t('publication.banner.pending')}</strong>{' '}
            {pending.at
              ? t('publication.banner.lastChangeAt', { name: byName, when: at(pending.at) })
              : t('publication.banner.lastChange', { name: byName })}{' '}
            {pending.reviewed ? t('publication.banner.reviewed') : t('publication.banner.needsReview')}
            {pending.publishAt
              ? ` ${t('publication.banner.scheduledAt', { when: at(pending.publishAt) })}`
              : ''}
          </p>
          <details>
            <summary>{t('publication.banner.differs')}</summary>
            {(
              [
                ['headline', data.live.headline, data.headline],
                ['kicker', data.live.kicker, data.kicker],
                ['summary', data.live.summary, data.summary],
                ['text', data.live.bodyText, pending.bodyText],
              ] as const
            ).map(([field, live, update]) => (
              <WordDiff
                key={field}
                hideUnchanged
                label={t(`publication.banner.${field}`)}
                parts={diffText(live, update)}
              />
            ))}
          </details>
          {!asking && actions.length > 0 && (
            <div className="wf-actions">
              {actions.map((action) => (
                <button
                  key={action}
                  type="button"
                  className={action === 'publish_update' ? 'primary' : undefined}
                  disabled={busy}
                  onClick={() => (asksFirst(action) ? setAsking(action) : void run(action))}
                >
                  {label(action)}
                </button>
              ))}
            </div>
          )}
          {asking && (
            <form
              className="wf-dialog"
              aria-label={label(asking)}
              onSubmit={(event) => {
                event.preventDefault();
                void run(asking);
              }}
            >
              {asking === 'discard_update' ? (
                <p>{t('publication.banner.discardConfirm')}</p>
              ) : (
                <>
                  {asking === 'schedule_update' && (
                    <WhenField
                      label={t('publication.banner.publishAt')}
                      name="pendingPublishAt"
                      value={when}
                      onChange={setWhen}
                      timeZone={timeZone}
                    />
                  )}
                  <label className="field">
                    <span>
                      {correction
                        ? t('publication.banner.correctionNote')
                        : t('publication.banner.updateNote')}
                    </span>
                    <textarea
                      value={note}
                      maxLength={UPDATE_NOTE_MAX}
                      rows={2}
                      required={correction}
                      onChange={(event) => setNote(event.target.value)}
                    />
                  </label>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={correction}
                      onChange={(event) => setCorrection(event.target.checked)}
                    />{' '}
                    {t('publication.banner.isCorrection')}
                  </label>
                </>
              )}
              <div className="wf-actions">
                <button
                  type="submit"
                  className="primary"
                  disabled={busy || (correction && !note.trim()) || (asking === 'schedule_update' && !when)}
                >
                  {label(asking)}
                </button>
                <button type="button" onClick={() => setAsking(null)} disabled={busy}>
                  {t('publication.banner.cancel')}
                </button>
              </div>
            </form>
          )}
        </div>
      )}
      <PublishedUpdates articleId={articleId} version={version} />
      <ErrorBanner error={error} />
    </section>
  );
}

/** The updates and corrections this story has had, as readers saw them go out. */
function PublishedUpdates({ articleId, version }: { articleId: string; version: number }) {
  const client = useTRPCClient();
  const { t } = useTranslation();
  const format = useFormat();
  const updates = useQuery({
    queryKey: ['story-updates', articleId, version],
    queryFn: () => client.workflow.corrections.query({ articleId, limit: 20 }),
  });
  const items = updates.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <details className="published-updates">
      <summary>
        {t('publication.updates.count', { count: items.length })}
        {items.some((u) => u.kind === 'correction') ? t('publication.updates.withCorrections') : ''}
      </summary>
      <ul>
        {items.map((u) => (
          <li key={u.id}>
            {format.dateTime(u.publishedAt)} ·{' '}
            {u.kind === 'correction' ? t('publication.updates.correction') : t('publication.updates.update')}
            {u.note ? (
              <>
                : <span lang="bn">{u.note}</span>
              </>
            ) : (
              ` ${t('publication.updates.noNote')}`
            )}{' '}
            <span className="muted">— {u.publishedByName ?? t('publication.updates.scheduled')}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
