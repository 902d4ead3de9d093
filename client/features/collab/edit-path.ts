import type { CollabSession } from './use-collab';

/**
 * Which way this editor writes, decided here only:
 * - 'collab': the shared document; the server snapshots it through the one write path,
 *   and the save queue sends nothing (so the two can never conflict);
 * - 'single': today's single-editor path (soft lock, autosave with the version check),
 *   whenever co-editing is refused or cannot be reached, or a device copy of the single
 *   path was restored (it is saved against the version it was based on);
 * - 'waiting': still connecting, with nothing on this device to show yet.
 */
export type EditPath = 'collab' | 'single' | 'waiting';

export function editPathOf(session: CollabSession | null, restoredCopy: boolean): EditPath {
  if (restoredCopy) return 'single';
  if (!session) return 'waiting';
  switch (session.status) {
    case 'refused':
    case 'unavailable':
      return 'single';
    case 'synced':
    case 'offline':
      return 'collab';
    case 'connecting':
      // Offline with this tab's copy: type on, it merges when the server is back.
      return session.localLoaded && session.hasLocal ? 'collab' : 'waiting';
  }
}
