import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import { useFormat } from '../../lib/use-format';
import { MentionTextarea, type StaffMember } from './mention-input';
import type { WorkflowPanelProps } from './WorkflowActions';
import './workflow.css';

export interface CommentAnchor {
  from: number;
  to: number;
  quote: string;
}

/** The comments of a story, for the panel and for the editor's highlights. */
export function useArticleComments(articleId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.workflow.comments.list.queryOptions({ id: articleId }));
}

function Composer({
  articleId,
  parentId,
  anchor,
  label,
  onPosted,
  onCancel,
}: {
  articleId: string;
  parentId?: string;
  anchor?: CommentAnchor | null;
  label: string;
  onPosted: () => void;
  onCancel?: () => void;
}) {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const staff = useQuery(trpc.users.directory.queryOptions());
  const [body, setBody] = useState('');
  const [mentions, setMentions] = useState<StaffMember[]>([]);
  const add = useMutation(
    trpc.workflow.comments.add.mutationOptions({
      onSuccess: () => {
        setBody('');
        setMentions([]);
        void queryClient.invalidateQueries(trpc.workflow.comments.list.queryFilter({ id: articleId }));
        onPosted();
      },
    }),
  );
  return (
    <form
      className="wf-composer"
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate({
          articleId,
          parentId,
          body,
          anchor: anchor ?? undefined,
          mentions: mentions.map((m) => m.id),
        });
      }}
    >
      {anchor && <blockquote className="wf-quote">{anchor.quote}</blockquote>}
      <MentionTextarea
        label={label}
        value={body}
        onChange={setBody}
        staff={staff.data ?? []}
        onMention={(m) => setMentions((list) => (list.some((x) => x.id === m.id) ? list : [...list, m]))}
        placeholder={t('workflow.comments.placeholder')}
      />
      <ErrorBanner error={add.error} />
      <div className="wf-actions">
        <button type="submit" className="primary" disabled={add.isPending || !body.trim()}>
          {parentId ? t('workflow.comments.reply') : t('workflow.comments.comment')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('workflow.comments.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * The editorial thread beside the editor. `anchor` is the passage selected in the
 * editor (the editor screen wires selection → anchor); a new comment takes it.
 */
export function CommentsPanel({
  articleId,
  anchor,
  onAnchorUsed,
  onSelectComment,
}: WorkflowPanelProps & {
  anchor?: CommentAnchor | null;
  onAnchorUsed?: () => void;
  /** Called when a comment's quoted passage is clicked, to scroll the editor there. */
  onSelectComment?: (comment: { id: string; anchor: CommentAnchor | null }) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useSession();
  const comments = useArticleComments(articleId);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [showResolved, setShowResolved] = useState(false);
  const refresh = () =>
    queryClient.invalidateQueries(trpc.workflow.comments.list.queryFilter({ id: articleId }));
  const resolve = useMutation(trpc.workflow.comments.resolve.mutationOptions({ onSuccess: refresh }));
  const reopen = useMutation(trpc.workflow.comments.reopen.mutationOptions({ onSuccess: refresh }));

  const all = comments.data ?? [];
  const threads = all.filter((c) => !c.parentId);
  const resolvedCount = threads.filter((c) => c.resolvedAt).length;
  const shown = threads.filter((c) => showResolved || !c.resolvedAt);
  const when = (at: string | Date) => format.dateTime(at, { relative: true });

  return (
    <section className="wf-panel" aria-labelledby="wf-comments-title">
      <h2 id="wf-comments-title">{t('workflow.comments.title')}</h2>
      <ErrorBanner error={comments.error ?? resolve.error ?? reopen.error} />
      {can('articles.comment') && (
        <Composer
          articleId={articleId}
          anchor={anchor}
          label={anchor ? t('workflow.comments.onSelection') : t('workflow.comments.newComment')}
          onPosted={() => onAnchorUsed?.()}
        />
      )}
      {resolvedCount > 0 && (
        <label className="wf-toggle">
          <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} />
          {t('workflow.comments.showResolved', { count: resolvedCount })}
        </label>
      )}
      {shown.length === 0 && comments.data && <p className="muted">{t('workflow.comments.empty')}</p>}
      <ol className="wf-threads">
        {shown.map((thread) => (
          <li
            key={thread.id}
            className={thread.resolvedAt ? 'wf-thread resolved' : 'wf-thread'}
            data-comment-id={thread.id}
          >
            {thread.anchor && (
              <button
                type="button"
                className="wf-quote link-button"
                onClick={() => onSelectComment?.({ id: thread.id, anchor: thread.anchor })}
              >
                “{thread.anchor.quote}”
              </button>
            )}
            {[thread, ...all.filter((c) => c.parentId === thread.id)].map((c) => (
              <article key={c.id} className="wf-comment">
                <header>
                  <strong>{c.authorName ?? t('workflow.comments.formerStaff')}</strong>{' '}
                  <time className="muted small" dateTime={new Date(c.createdAt).toISOString()}>
                    {when(c.createdAt)}
                  </time>
                </header>
                <p>{c.body}</p>
              </article>
            ))}
            {thread.resolvedAt && (
              <p className="muted small">
                {t('workflow.comments.resolvedBy', {
                  name: thread.resolvedByName ?? t('workflow.comments.someone'),
                  when: when(thread.resolvedAt),
                  zone: format.zone(thread.resolvedAt),
                })}
              </p>
            )}
            {can('articles.comment') && (
              <div className="wf-actions">
                {replyTo !== thread.id && (
                  <button type="button" className="link-button" onClick={() => setReplyTo(thread.id)}>
                    {t('workflow.comments.reply')}
                  </button>
                )}
                {thread.resolvedAt ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => reopen.mutate({ id: thread.id })}
                  >
                    {t('workflow.comments.reopen')}
                  </button>
                ) : (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => resolve.mutate({ id: thread.id })}
                  >
                    {t('workflow.comments.resolve')}
                  </button>
                )}
              </div>
            )}
            {replyTo === thread.id && (
              <Composer
                articleId={articleId}
                parentId={thread.id}
                label={t('workflow.comments.reply')}
                onPosted={() => setReplyTo(null)}
                onCancel={() => setReplyTo(null)}
              />
            )}
          </li>
        ))}
      </ol>
      <p className="muted small">{t('workflow.comments.footer', { zone: format.zone() })}</p>
    </section>
  );
}
