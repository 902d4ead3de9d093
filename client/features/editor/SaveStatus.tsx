import { formatBnTime } from '../../../shared/bn';
import { userMessageOf } from '../../lib/errors';
import type { SaveState } from './save-queue';

/** One line that always says where the text is: on the server, on this device, or nowhere yet. */
export function saveStatusText(state: SaveState, online: boolean, timeZone: string): string {
  if (!online && state.phase !== 'idle' && state.phase !== 'saved') return 'Offline: saved on this device';
  switch (state.phase) {
    case 'idle':
      return 'No changes yet';
    case 'pending':
      return 'Unsaved changes…';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved at ${formatBnTime(state.at, timeZone)}`;
    case 'offline':
      return 'Offline: saved on this device';
    case 'conflict':
      return 'Not saved: someone saved a newer version';
    case 'locked':
      return `Not saved: ${state.holder ?? 'someone else'} is editing (kept on this device)`;
    case 'error':
      return `Not saved: ${userMessageOf(state.error)}`;
  }
}

export function SaveStatus({
  state,
  online,
  timeZone,
}: {
  state: SaveState;
  online: boolean;
  timeZone: string;
}) {
  const bad = state.phase === 'error' || state.phase === 'conflict' || state.phase === 'locked';
  return (
    <output className={bad ? 'save-status bad' : 'save-status'} data-testid="save-status" aria-live="polite">
      {saveStatusText(state, online, timeZone)}
    </output>
  );
}
