import { z } from 'zod';

/** Keyset pages: the cursor is opaque to the client and says where the next page starts. */
export const ZPageSize = z.number().int().min(1).max(200).default(50);

/** What a client sends back is only ever a `nextCursor` it was given; the server's codec checks the rest. */
export const STALE_CURSOR_MESSAGE = 'This page link is no longer valid. Go back to the first page.';
export const ZCursorText = z.string({ error: STALE_CURSOR_MESSAGE }).max(2000, STALE_CURSOR_MESSAGE);

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
