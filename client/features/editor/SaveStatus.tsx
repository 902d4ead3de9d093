import { useEffect, useState } from 'react';
import { formatBnTime, toBengaliDigits } from '../../../shared/bn';
import { userMessageOf } from '../../lib/errors';
import type { SaveState } from './save-queue';

/** "Saving…" alone for longer than this would leave the user wondering: then it says why. */
export const SLOW_SAVE_MS = 4_000;

const seconds = (ms: number) => toBengaliDigits(String(Math.max(1, Math.ceil(ms / 1000))));

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
  if (!online && state.phase !== 'idle' && state.phase !== 'saved')
    return 'Offline: saved on this device. It goes to the server when you are back online.';
  switch (state.phase) {
    case 'idle':
      return 'No changes yet';
    case 'pending':
      return 'Unsaved changes…';
    case 'saving':
      if (savingSince !== null && now - savingSince >= SLOW_SAVE_MS)
        return `Saving… the server has not answered for ${seconds(now - savingSince)} s. Your text is kept on this device; Barta keeps trying.`;
      return 'Saving…';
    case 'saved':
      return `Saved at ${formatBnTime(state.at, timeZone)}`;
    case 'offline': {
      const why =
        state.reason === 'server'
          ? 'the server had a problem'
          : state.reason === 'no-answer'
            ? 'the server did not answer'
            : 'cannot reach the server';
      const when = state.retryAt > now ? `retrying in ${seconds(state.retryAt - now)} s` : 'retrying now';
      return `Offline: saved on this device (${why}); ${when}.`;
    }
    case 'conflict':
      return 'Not saved: someone saved a newer version. Choose what to keep in the comparison.';
    case 'locked':
      return `Not saved: ${state.holder ?? 'someone else'} is editing (kept on this device). Take over to save.`;
    case 'error':
      return `Not saved: ${userMessageOf(state.error)} Fix it and it saves again.`;
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
          Retry now
        </button>
      )}
    </span>
  );
}
