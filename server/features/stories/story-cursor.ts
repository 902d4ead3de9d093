import { AppError } from '../../../shared/errors';
import type { StorySort } from '../../../shared/stories/schemas';

/** Where the next page starts: the last row's sort key (as PostgreSQL printed it) and id. */
export interface StoryCursor {
  sort: StorySort;
  dir: 'asc' | 'desc';
  key: string;
  id: string;
}

export function encodeCursor(cursor: StoryCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.dir, cursor.key, cursor.id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function staleCursor(): AppError {
  return new AppError('BAD_REQUEST', {
    userMessage: 'This page of the list is out of date. Go back to the first page.',
  });
}

/** The cursor must belong to the same sort; anything else is refused with a clear message. */
export function decodeCursor(raw: string, sort: StorySort, dir: 'asc' | 'desc'): StoryCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw staleCursor();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 4 ||
    parsed[0] !== sort ||
    parsed[1] !== dir ||
    typeof parsed[2] !== 'string' ||
    typeof parsed[3] !== 'string' ||
    !UUID.test(parsed[3])
  ) {
    throw staleCursor();
  }
  return { sort, dir, key: parsed[2], id: parsed[3] };
}
