import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../shared/i18n/dates';
import { currentLanguage, i18n } from '../../i18n';
import { userMessageOf } from '../../lib/errors';
import type { SaveState } from './save-queue';

/** "Saving…" alone for longer than this would leave the user wondering: then it says why. */
export const SLOW_SAVE_MS = 4_000;

const seconds = (ms: number) =>
  new Intl.NumberFormat(currentLanguage() === 'bn' ? 'bn-BD' : 'en-GB').format(
    Math.max(1, Math.ceil(ms / 1000)),
  );
const t = i18n.t;

/**
 * One line that always says where the text is (on the server, on this device, or
 * nowhere yet), why it is not saved, and what happens next.
 */
export function saveStatusText(
  state: SaveState,
  online: boolean,
  timeZone: string,
  now: number,
  savingSince: number | null,
): string {
  if (!online && state.phase !== 'idle' && state.phase !== 'saved') return t('editor.saveStatus.offlineKept');
  switch (state.phase) {
    case 'idle':
      return t('editor.saveStatus.idle');
    case 'pending':
      return t('editor.saveStatus.pending');
    case 'saving':
      if (savingSince !== null && now - savingSince >= SLOW_SAVE_MS)
        return t('editor.saveStatus.slow', { seconds: seconds(now - savingSince) });
      return t('editor.saveStatus.saving');
    case 'saved':
      return t('editor.saveStatus.saved', {
        time: formatTime(state.at, { language: currentLanguage(), timeZone }),
      });
    case 'offline': {
      const why =
        state.reason === 'server'
          ? t('editor.saveStatus.whyServer')
          : state.reason === 'no-answer'
            ? t('editor.saveStatus.whyNoAnswer')
            : t('editor.saveStatus.whyUnreachable');
      const when =
        state.retryAt > now
          ? t('editor.saveStatus.retryIn', { seconds: seconds(state.retryAt - now) })
          : t('editor.saveStatus.retryNow');
      return t('editor.saveStatus.offline', { why, when });
    }
    case 'conflict':
      return t('editor.saveStatus.conflict');
    case 'locked':
      return t('editor.saveStatus.locked', { holder: state.holder ?? t('editor.saveStatus.someoneElse') });
    case 'error':
      return t('editor.saveStatus.error', { message: userMessageOf(state.error) });
  }
}

export function SaveStatus({
  state,
  online,
  timeZone,
  onRetry,
}: {
  state: SaveState;
  online: boolean;
  timeZone: string;
  onRetry: () => void;
}) {
  // Subscribed so a language switch re-words the line at once.
  const { t: translate } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  const [savingSince, setSavingSince] = useState<number | null>(null);
  const waiting = state.phase === 'saving' || state.phase === 'offline';
  useEffect(() => {
    setSavingSince(state.phase === 'saving' ? Date.now() : null);
  }, [state]);
  useEffect(() => {
    if (!waiting) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [waiting]);
  const bad = state.phase === 'error' || state.phase === 'conflict' || state.phase === 'locked';
  return (
    <span className="save-status-line">
      <output
        className={bad ? 'save-status bad' : 'save-status'}
        data-testid="save-status"
        aria-live="polite"
      >
        {saveStatusText(state, online, timeZone, now, savingSince)}
      </output>
      {state.phase === 'offline' && online && (
        <button type="button" className="link-button" onClick={onRetry}>
          {translate('editor.saveStatus.retryButton')}
        </button>
      )}
    </span>
  );
}
