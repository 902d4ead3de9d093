import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { translateServerMessage } from '../../i18n/server-messages';
import { sweepClosedCopies } from './sweep-closed-copies';
import {
  dismissUndelivered,
  parseUndelivered,
  subscribeUndelivered,
  undeliveredSnapshot,
} from './undelivered-copies';

/** Soon after the dashboard opens (not in the way of its first screen), then every few minutes. */
const FIRST_SWEEP_MS = 1_500;
const SWEEP_EVERY_MS = 3 * 60_000;

function useClosedCopiesSweep(): void {
  useEffect(() => {
    const sweep = () => void sweepClosedCopies();
    const first = setTimeout(sweep, FIRST_SWEEP_MS);
    const every = setInterval(sweep, SWEEP_EVERY_MS);
    window.addEventListener('online', sweep);
    return () => {
      clearTimeout(first);
      clearInterval(every);
      window.removeEventListener('online', sweep);
    };
  }, []);
}

/**
 * Sends what closed or crashed tabs of this browser typed and never delivered, in the
 * background; says so only for a story whose text the server would not take, with a
 * way to open it (its editor then holds that text).
 */
export function ClosedTabCopies() {
  const { t } = useTranslation();
  useClosedCopiesSweep();
  const stored = useSyncExternalStore(subscribeUndelivered, undeliveredSnapshot);
  const waiting = useMemo(
    () => Object.entries(parseUndelivered(stored)).filter(([, entry]) => entry.reason !== 'gone'),
    [stored],
  );
  if (waiting.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="closed-tab-copies">
      <strong>{t('collab.closedTab.title')}</strong>
      {waiting.map(([articleId, entry]) => (
        <p key={articleId}>
          {t('collab.closedTab.waiting', { headline: entry.headline || t('collab.closedTab.untitled') })}{' '}
          {entry.reason === 'read-only'
            ? t('collab.closedTab.readOnly')
            : translateServerMessage(entry.message ?? '')}{' '}
          <Link href={`/stories/${articleId}`} onClick={() => dismissUndelivered(articleId)}>
            {t('collab.closedTab.open')}
          </Link>
        </p>
      ))}
    </div>
  );
}
