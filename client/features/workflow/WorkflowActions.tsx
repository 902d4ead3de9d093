import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ChecklistItem } from '../../../shared/articles/checklist';
import { type ArticleStatus, STATUS_LABELS } from '../../../shared/articles/status';
import { type ArticleAction, actionLabel, nextActions } from '../../../shared/articles/transitions';
import { NOTE_MAX } from '../../../shared/articles/transitions-schemas';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import { usePublicUrl } from '../publication/story-links';
import './workflow.css';

/** The transitions this panel performs; scheduling actions live in the scheduling panel. */
export const PANEL_ACTIONS: readonly ArticleAction[] = [
  'submit',
  'approve',
  'send_back',
  'publish',
  'unpublish',
  'archive',
  'reopen',
];

export interface WorkflowChange {
  id: string;
  status: ArticleStatus;
  version: number;
}

export interface WorkflowPanelProps {
  articleId: string;
  /** The version the user sees: a transition based on an older one is refused. */
  version: number;
  status: ArticleStatus;
  /** Called after a change, with the story's new status and version (adopt it before the next save). */
  onChanged?: (change?: WorkflowChange) => void;
  /** Named in the "Publish now" confirmation, with where it will appear. */
  story?: { headline: string; slug: string };
}

/** What each action asks before it runs: nothing, an optional note, or a required one. */
const PROMPTS: Partial<Record<ArticleAction, { label: string; required: boolean; confirm: string }>> = {
  submit: { label: 'Note for the reviewer (optional)', required: false, confirm: 'Submit for review' },
  approve: { label: 'Note for the authors (optional)', required: false, confirm: 'Approve' },
  send_back: { label: 'What should change? (required)', required: true, confirm: 'Send back' },
  unpublish: { label: 'Why is it coming down? (required)', required: true, confirm: 'Unpublish' },
  archive: { label: '', required: false, confirm: 'Archive' },
  publish: { label: '', required: false, confirm: 'Publish now' },
};

function checklistItemsOf(error: unknown): ChecklistItem[] {
  const details = (error as { data?: { details?: { kind?: string; items?: ChecklistItem[] } } } | null)?.data
    ?.details;
  return details?.kind === 'checklist' && Array.isArray(details.items) ? details.items : [];
}

/** Exactly the actions the status machine allows this user, with note and reason dialogs. */
export function WorkflowActions({ articleId, version, status, onChanged, story }: WorkflowPanelProps) {
  const trpc = useTRPC();
  const publicUrl = usePublicUrl();
  const { user } = useSession();
  const [asking, setAsking] = useState<ArticleAction | null>(null);
  const [note, setNote] = useState('');
  const options = {
    onSuccess: (result: WorkflowChange) => {
      setAsking(null);
      setNote('');
      onChanged?.({ id: result.id, status: result.status, version: result.version });
    },
  };
  const submit = useMutation(trpc.workflow.submit.mutationOptions(options));
  const approve = useMutation(trpc.workflow.approve.mutationOptions(options));
  const sendBack = useMutation(trpc.workflow.sendBack.mutationOptions(options));
  const publish = useMutation(trpc.workflow.publish.mutationOptions(options));
  const unpublish = useMutation(trpc.workflow.unpublish.mutationOptions(options));
  const archive = useMutation(trpc.workflow.archive.mutationOptions(options));
  const reopen = useMutation(trpc.workflow.reopen.mutationOptions(options));
  const all = [submit, approve, sendBack, publish, unpublish, archive, reopen];
  const pending = all.some((m) => m.isPending);
  const error = all.find((m) => m.error)?.error ?? null;

  const run = (action: ArticleAction) => {
    for (const m of all) m.reset();
    const base = { id: articleId, version };
    const text = note.trim();
    if (action === 'submit') submit.mutate({ ...base, note: text || undefined });
    else if (action === 'approve') approve.mutate({ ...base, note: text || undefined });
    else if (action === 'send_back') sendBack.mutate({ ...base, note: text });
    else if (action === 'publish') publish.mutate(base);
    else if (action === 'unpublish') unpublish.mutate({ ...base, reason: text });
    else if (action === 'archive') archive.mutate(base);
    else if (action === 'reopen') reopen.mutate(base);
  };

  const actions = nextActions(status, user.role).filter((a) => PANEL_ACTIONS.includes(a));
  const prompt = asking ? PROMPTS[asking] : undefined;
  const failedItems = checklistItemsOf(error).filter((i) => !i.ok);

  return (
    <section className="wf-panel" aria-labelledby="wf-actions-title">
      <h2 id="wf-actions-title">
        Status: <span className={`status-badge status-${status}`}>{STATUS_LABELS[status]}</span>
      </h2>
      {actions.length === 0 && <p className="muted">No review actions for your role right now.</p>}
      {!asking && (
        <div className="wf-actions">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'publish' || action === 'approve' ? 'primary' : undefined}
              disabled={pending}
              onClick={() => (PROMPTS[action] ? setAsking(action) : run(action))}
            >
              {actionLabel(action, status)}
            </button>
          ))}
        </div>
      )}
      {asking && prompt && (
        <form
          className="wf-dialog"
          aria-label={actionLabel(asking, status)}
          onSubmit={(event) => {
            event.preventDefault();
            run(asking);
          }}
        >
          {prompt.label ? (
            <label className="field">
              <span>{prompt.label}</span>
              <textarea
                value={note}
                maxLength={NOTE_MAX}
                required={prompt.required}
                rows={3}
                autoFocus
                onChange={(event) => setNote(event.target.value)}
              />
            </label>
          ) : asking === 'publish' ? (
            <p>
              Publish “{story?.headline || 'this story'}” now? Readers see it at once at{' '}
              <code>{story ? publicUrl(articleId, story.slug) : 'its address'}</code>, on its section page,
              the home page and in the feeds.
            </p>
          ) : (
            <p>Archive this story? It can be reopened as a draft later.</p>
          )}
          <div className="wf-actions">
            <button type="submit" className="primary" disabled={pending || (prompt.required && !note.trim())}>
              {prompt.confirm}
            </button>
            <button type="button" onClick={() => setAsking(null)} disabled={pending}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {failedItems.length > 0 ? (
        <div className="error-banner" role="alert">
          The story is not ready to publish. Fix these first:
          <ul className="wf-checklist-failures">
            {failedItems.map((i) => (
              <li key={i.id}>{i.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        <ErrorBanner error={error} />
      )}
    </section>
  );
}
