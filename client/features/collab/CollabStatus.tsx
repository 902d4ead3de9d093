import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../shared/i18n/dates';
import { useSession } from '../../app/session';
import { currentLanguage } from '../../i18n';
import { translateServerMessage } from '../../i18n/server-messages';
import { useRefreshSession } from '../auth/follow-rights';
import type { CollabSession } from './use-collab';
import { useUnsyncedShown } from './use-unsynced-shown';

/**
 * Where co-edited text is: on the server (saved as a revision at a time), still on its way
 * (N changes waiting), or kept on this device while offline.
 */
export function CollabSaveStatus({
  session,
  savedAt,
  dirty,
  timeZone,
}: {
  session: CollabSession;
  /** When the server last saved the shared document into the story (null: not since opening). */
  savedAt: Date | null;
  /** This person changed something since that save. */
  dirty: boolean;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const unsynced = useUnsyncedShown(session.provider);
  let text: string;
  if (session.status === 'refused') text = t('collab.status.refused');
  else if (session.status !== 'synced') {
    // This tab's copy may hold typing the server has not had yet (reloaded while offline).
    const kept = unsynced > 0 || dirty || session.hasLocal;
    text = kept ? t('editor.saveStatus.offlineKept') : t('collab.status.connecting');
  } else if (unsynced > 0) text = t('collab.status.waiting', { count: unsynced });
  else if (dirty) text = t('collab.status.onServer');
  else if (savedAt)
    text = t('editor.saveStatus.saved', {
      time: formatTime(savedAt, { language: currentLanguage(), timeZone }),
    });
  else text = t('collab.status.upToDate');
  return (
    <span className="save-status-line">
      <output
        className={session.status === 'refused' ? 'save-status bad' : 'save-status'}
        data-testid="save-status"
        aria-live="polite"
      >
        {text}
      </output>
    </span>
  );
}

/**
 * Why the server closed the shared document for this person, in their language. The
 * session is read again at once: a lost right shows everywhere on the dashboard (this
 * editor turns read-only), and a deactivated account goes to the sign-in screen.
 */
export function CollabRefusal({ reason }: { reason: string | null }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const refresh = useRefreshSession();
  useEffect(() => {
    if (reason) void refresh();
  }, [reason, refresh]);
  if (!reason) return null;
  return (
    <div className="lock-banner" role="alert" data-testid="collab-refusal">
      <strong>{t('collab.refusal.title')}</strong> {translateServerMessage(reason)}{' '}
      {can('articles.edit') ? t('collab.refusal.fallback') : t('collab.refusal.readOnly')}
    </div>
  );
}
