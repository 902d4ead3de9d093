import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../shared/articles/checklist';
import type { ArticleStatus } from '../../../shared/articles/status';
import { type ArticleAction, nextActions } from '../../../shared/articles/transitions';
import { NOTE_MAX } from '../../../shared/articles/transitions-schemas';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import type { en } from '../../i18n/en';
import { translateServerMessage } from '../../i18n/server-messages';
import { useTRPC } from '../../lib/trpc';
import { usePublicUrl } from '../publication/story-links';
import { useBeforeAct } from './use-before-act';
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
  /**
   * Runs before an action: while co-editing, it waits until the story holds every change
   * typed so far and gives the version that holds them, so Submit, Approve or Publish acts
   * on the text on screen, never on an older snapshot.
   */
  beforeAct?: () => Promise<number | undefined>;
}

/** What each action asks before it runs: nothing, an optional note, or a required one. */
const PROMPTS: Partial<Record<ArticleAction, { note: boolean; required: boolean }>> = {
  submit: { note: true, required: false },
  approve: { note: true, required: false },
  send_back: { note: true, required: true },
  unpublish: { note: true, required: true },
  archive: { note: false, required: false },
  publish: { note: false, required: false },
};

type NoteAction = keyof typeof en.workflow.prompts;

/** The button's words: "Publish again" for a story that was taken down. */
export function actionWords(t: TFunction, action: ArticleAction, status?: ArticleStatus): string {
  if (action === 'publish' && status === 'unpublished') return t('workflow.actions.republish');
  return t(`workflow.actions.${action}`);
}

function checklistItemsOf(error: unknown): ChecklistItem[] {
  const details = (error as { data?: { details?: { kind?: string; items?: ChecklistItem[] } } } | null)?.data
    ?.details;
  return details?.kind === 'checklist' && Array.isArray(details.items) ? details.items : [];
}

/** Exactly the actions the status machine allows this user, with note and reason dialogs. */
export function WorkflowActions({
  articleId,
  version,
  status,
  onChanged,
  story,
  beforeAct,
}: WorkflowPanelProps) {
  const { t } = useTranslation();
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
  const before = useBeforeAct(beforeAct, version);
  const pending = before.preparing || all.some((m) => m.isPending);
  const error = all.find((m) => m.error)?.error ?? before.error;

  const run = async (action: ArticleAction) => {
    for (const m of all) m.reset();
    const actOn = await before.prepare();
    if (actOn === null) return;
    const base = { id: articleId, version: actOn };
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
        {t('workflow.statusLine')}{' '}
        <span className={`status-badge status-${status}`}>{t(`statuses.${status}`)}</span>
      </h2>
      {actions.length === 0 && <p className="muted">{t('workflow.noActions')}</p>}
      {!asking && (
        <div className="wf-actions">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={action === 'publish' || action === 'approve' ? 'primary' : undefined}
              disabled={pending}
              onClick={() => (PROMPTS[action] ? setAsking(action) : void run(action))}
            >
              {actionWords(t, action, status)}
            </button>
          ))}
        </div>
      )}
      {asking && prompt && (
        <form
          className="wf-dialog"
          aria-label={actionWords(t, asking, status)}
          onSubmit={(event) => {
            event.preventDefault();
            void run(asking);
          }}
        >
          {prompt.note ? (
            <label className="field">
              <span>{t(`workflow.prompts.${asking as NoteAction}`)}</span>
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
              {t('workflow.publishConfirm', { headline: story?.headline || t('workflow.thisStory') })}{' '}
              <code>{story ? publicUrl(articleId, story.slug) : t('workflow.itsAddress')}</code>
              {t('workflow.publishConfirmRest')}
            </p>
          ) : (
            <p>{t('workflow.archiveConfirm')}</p>
          )}
          <div className="wf-actions">
            <button type="submit" className="primary" disabled={pending || (prompt.required && !note.trim())}>
              {actionWords(t, asking, status)}
            </button>
            <button type="button" onClick={() => setAsking(null)} disabled={pending}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {failedItems.length > 0 ? (
        <div className="error-banner" role="alert">
          {t('workflow.notReady')}
          <ul className="wf-checklist-failures">
            {failedItems.map((i) => (
              <li key={i.id}>{translateServerMessage(i.message)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <ErrorBanner error={error} />
      )}
    </section>
  );
}
