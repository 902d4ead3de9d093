import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ArticleStatus } from '../../../shared/articles/status';
import { nextUpdateActions, UPDATE_LABELS, type UpdateAction } from '../../../shared/articles/transitions';
import { UPDATE_NOTE_MAX } from '../../../shared/articles/transitions-schemas';
import { zoneLabel } from '../../../shared/bn/dates';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatNewsroomTime } from '../../lib/time';
import { useTRPC, useTRPCClient } from '../../lib/trpc';
import { diffText } from '../articles/revision-diff';
import { WordDiff } from '../articles/WordDiff';
import { WhenField } from '../schedule/WhenField';
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
}: {
  articleId: string;
  version: number;
  status: ArticleStatus;
  onChanged: (change: { version: number; status: ArticleStatus }) => void;
  /** The pending text is gone: the editor reloads the live text. */
  onDiscarded: () => void;
}) {
  const client = useTRPCClient();
  const trpc = useTRPC();
  const { user, timeZone, can } = useSession();
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
  const busy = all.some((m) => m.isPending);
  const error = all.find((m) => m.error)?.error ?? null;
  const data = story.data;
  if (!watched || !data) return null;
  const at = (value: Date | string) => `${formatNewsroomTime(value, timeZone)} (${zoneLabel(timeZone)})`;

  if (status === 'scheduled') {
    if (!can('articles.edit') || can('articles.review') || !data.publishAt) return null;
    return (
      <p className="notice schedule-edit-warning" role="note">
        Scheduled for {at(data.publishAt)} with its approved text. If you edit it now, it goes back to review
        and off the schedule, and the desk is told.
      </p>
    );
  }

  const pending = data.pendingUpdate;
  const facts = pending ? { reviewed: pending.reviewed, scheduled: pending.publishAt !== null } : null;
  const actions = nextUpdateActions(status, user.role, facts);
  const run = (action: UpdateAction) => {
    for (const m of all) m.reset();
    const base = { id: articleId, version };
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
    <section className="live-banner" aria-label="Live story">
      <p className="live-line">
        <span className="status-badge status-published">Live</span>
        <span>
          Live since {data.publishedAt ? at(data.publishedAt) : '—'}
          {data.publicUpdatedAt ? `, last updated ${at(data.publicUpdatedAt)}` : ''}.
        </span>
        <LiveLinks id={articleId} slug={data.slug} />
      </p>
      {!pending ? (
        <p className="muted">
          This story is live. What you type now is saved as an update: readers keep the live version until the
          update is published.
        </p>
      ) : (
        <div className="pending-update" role="status">
          <p>
            <strong>Update not yet on the site.</strong> Last change by {pending.byName ?? 'someone'}
            {pending.at ? ` at ${at(pending.at)}` : ''}.{' '}
            {pending.reviewed
              ? 'Approved by a reviewer.'
              : 'Needs a reviewer’s approval before it goes live.'}
            {pending.publishAt ? ` Scheduled to go live at ${at(pending.publishAt)}.` : ''}
          </p>
          <details>
            <summary>What differs from the live version</summary>
            <WordDiff hideUnchanged label="Headline" parts={diffText(data.live.headline, data.headline)} />
            <WordDiff hideUnchanged label="Kicker" parts={diffText(data.live.kicker, data.kicker)} />
            <WordDiff hideUnchanged label="Summary" parts={diffText(data.live.summary, data.summary)} />
            <WordDiff hideUnchanged label="Text" parts={diffText(data.live.bodyText, pending.bodyText)} />
          </details>
          {!asking && actions.length > 0 && (
            <div className="wf-actions">
              {actions.map((action) => (
                <button
                  key={action}
                  type="button"
                  className={action === 'publish_update' ? 'primary' : undefined}
                  disabled={busy}
                  onClick={() => (asksFirst(action) ? setAsking(action) : run(action))}
                >
                  {UPDATE_LABELS[action]}
                </button>
              ))}
            </div>
          )}
          {asking && (
            <form
              className="wf-dialog"
              aria-label={UPDATE_LABELS[asking]}
              onSubmit={(event) => {
                event.preventDefault();
                run(asking);
              }}
            >
              {asking === 'discard_update' ? (
                <p>Discard this update? Readers never saw it; its text stays in the revisions.</p>
              ) : (
                <>
                  {asking === 'schedule_update' && (
                    <WhenField
                      label="Publish the update at"
                      name="pendingPublishAt"
                      value={when}
                      onChange={setWhen}
                      timeZone={timeZone}
                    />
                  )}
                  <label className="field">
                    <span>
                      {correction
                        ? 'What was corrected (shown to readers)'
                        : 'Update note for readers (optional)'}
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
                    This is a correction (shown as “সংশোধনী” under the date line)
                  </label>
                </>
              )}
              <div className="wf-actions">
                <button
                  type="submit"
                  className="primary"
                  disabled={busy || (correction && !note.trim()) || (asking === 'schedule_update' && !when)}
                >
                  {UPDATE_LABELS[asking]}
                </button>
                <button type="button" onClick={() => setAsking(null)} disabled={busy}>
                  Cancel
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
  const { timeZone } = useSession();
  const updates = useQuery({
    queryKey: ['story-updates', articleId, version],
    queryFn: () => client.workflow.corrections.query({ articleId, limit: 20 }),
  });
  const items = updates.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <details className="published-updates">
      <summary>
        {items.length} published update{items.length === 1 ? '' : 's'}
        {items.some((u) => u.kind === 'correction') ? ', with corrections' : ''}
      </summary>
      <ul>
        {items.map((u) => (
          <li key={u.id}>
            {formatNewsroomTime(u.publishedAt, timeZone)} ·{' '}
            {u.kind === 'correction' ? 'Correction' : 'Update'}
            {u.note ? (
              <>
                : <span lang="bn">{u.note}</span>
              </>
            ) : (
              ' (no note)'
            )}{' '}
            <span className="muted">— {u.publishedByName ?? 'scheduled'}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
