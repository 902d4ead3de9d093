import { z } from 'zod';
import type { StorySort } from '../../../shared/stories/schemas';
import { type CursorCodec, cursorKey, defineCursor, StaleCursorError } from '../../db/keyset-cursor';

/** Where the next page starts: the last row's sort key (as PostgreSQL printed it) and id. */
export interface StoryCursor {
  sort: StorySort;
  dir: 'asc' | 'desc';
  key: string;
  id: string;
}

type Key = [dir: 'asc' | 'desc', key: string, id: string];
const dir = z.enum(['asc', 'desc']);
const timeKey = z.tuple([dir, cursorKey.timestamp, cursorKey.uuid]);

/** One codec per sort: a cursor of one sort is refused by another, and each key has its own type. */
const CODECS: Record<StorySort, CursorCodec<Key>> = {
  updated: defineCursor('stories.updated', timeKey),
  created: defineCursor('stories.created', timeKey),
  published: defineCursor('stories.published', timeKey),
  publish_at: defineCursor('stories.publish_at', timeKey),
  headline: defineCursor('stories.headline', z.tuple([dir, cursorKey.text(1000), cursorKey.uuid])),
  relevance: defineCursor('stories.relevance', z.tuple([dir, cursorKey.rank, cursorKey.uuid])),
};

export function encodeCursor(cursor: StoryCursor): string {
  return CODECS[cursor.sort].encode([cursor.dir, cursor.key, cursor.id]);
}

/** The cursor must belong to the same sort and direction; anything else is a 400 "no longer valid". */
export function decodeCursor(raw: string, sort: StorySort, direction: 'asc' | 'desc'): StoryCursor {
  const codec = CODECS[sort];
  const [cursorDir, key, id] = codec.decode(raw);
  if (cursorDir !== direction) throw new StaleCursorError();
  return { sort, dir: direction, key, id };
}
