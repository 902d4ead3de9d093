import { z } from 'zod';

/** Keyset pages: the cursor is opaque to the client and says where the next page starts. */
export const ZPageSize = z.number().int().min(1).max(200).default(50);

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
