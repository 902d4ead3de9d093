import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import { useFormat } from '../../lib/use-format';
import { LiveLinks } from '../publication/story-links';
import { noticeText } from './notice-words';
import { useWorkflowLive } from './use-workflow-live';
import './workflow.css';
import { BellIcon } from '../../components/icons';

/** The top bar's bell: unread count kept live, the latest notifications, mark read. */
export function NotificationBell() {
  useWorkflowLive();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const unread = useQuery(trpc.workflow.notifications.unreadCount.queryOptions());
  const list = useQuery({ ...trpc.workflow.notifications.list.queryOptions({}), enabled: open });
  const markRead = useMutation(
    trpc.workflow.notifications.markRead.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.workflow.notifications.pathFilter()),
    }),
  );

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (
        event instanceof KeyboardEvent
          ? event.key === 'Escape'
          : !wrapper.current?.contains(event.target as Node)
      )
        setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const count = unread.data ?? 0;
  return (
    <div className="bell" ref={wrapper}>
      <button
        type="button"
        className="bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={count > 0 ? t('workflow.bell.unread', { count }) : t('workflow.bell.label')}
        onClick={() => setOpen((o) => !o)}
      >
        <BellIcon />
        {count > 0 && (
          <span className="bell-count" data-testid="bell-count">
            {format.digits(count > 99 ? '99+' : count)}
          </span>
        )}
      </button>
      {open && (
        <section className="bell-panel" id={panelId} aria-label={t('workflow.bell.label')}>
          <div className="bell-head">
            <strong>{t('workflow.bell.label')}</strong>
            <button
              type="button"
              className="link-button"
              disabled={count === 0 || markRead.isPending}
              onClick={() => markRead.mutate({})}
            >
              {t('workflow.bell.markAll')}
            </button>
          </div>
          <ErrorBanner error={list.error ?? markRead.error} />
          {list.isPending && <p className="muted">{t('common.loading')}</p>}
          {list.data && list.data.items.length === 0 && <p className="muted">{t('workflow.bell.empty')}</p>}
          <ul className="bell-list">
            {list.data?.items.map((n) => (
              <li key={n.id} className={n.readAt ? 'read' : 'unread'}>
                {n.articleId ? (
                  <Link
                    href={`/stories/${n.articleId}`}
                    onClick={() => {
                      if (!n.readAt) markRead.mutate({ ids: [n.id] });
                      setOpen(false);
                    }}
                  >
                    {noticeText(n)}
                  </Link>
                ) : (
                  <span>{noticeText(n)}</span>
                )}
                {n.articleId && n.articleSlug && n.articleStatus === 'published' && (
                  <LiveLinks id={n.articleId} slug={n.articleSlug} compact />
                )}
                <span className="muted small">{format.dateTime(n.createdAt, { relative: true })}</span>
                {!n.readAt && (
                  <button
                    type="button"
                    className="link-button small"
                    onClick={() => markRead.mutate({ ids: [n.id] })}
                  >
                    {t('workflow.bell.markRead')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
