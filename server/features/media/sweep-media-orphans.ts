import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { media } from '../../db/schema';
import type { MediaStore } from '../../media-store';
import type { Logger } from '../../trpc/context';
import { clearStaleStagedFiles } from './staged-file';

/**
 * An upload writes its files before its row commits, and processing writes a rendition
 * before merging it into the row: a file younger than this may be about to be claimed.
 */
export const ORPHAN_GRACE_MS = 24 * 3600_000;

/** `ab/<sha>-640.webp` → `<sha>` */
const shaOfKey = (key: string) => key.slice(3, 67);

/**
 * Deletes store files no media row names: left by a delete whose file removal failed,
 * by an upload whose transaction rolled back, or thumbnails for an old focal point.
 * Works page by page on any store; safe to run on several instances at once.
 */
export async function sweepMediaOrphans(deps: {
  db: Db;
  store: MediaStore;
  log?: Logger;
  graceMs?: number;
  now?: Date;
  /** UPLOAD_TMP_DIR: temp files a killed process left there go too. */
  tmpDir?: string;
}): Promise<{ scanned: number; deleted: string[] }> {
  if (deps.tmpDir) {
    const cleared = await clearStaleStagedFiles(deps.tmpDir, deps.now?.getTime());
    if (cleared) deps.log?.info({ count: cleared }, 'deleted stale upload temp files');
  }
  const cutoff = (deps.now ?? new Date()).getTime() - (deps.graceMs ?? ORPHAN_GRACE_MS);
  let scanned = 0;
  const deleted: string[] = [];
  for await (const page of deps.store.list()) {
    scanned += page.length;
    const old = page.filter((file) => file.modifiedAt.getTime() <= cutoff);
    if (old.length === 0) continue;
    const rows = await deps.db
      .select({ originalKey: media.originalKey, renditions: media.renditions })
      .from(media)
      .where(inArray(media.sha256, [...new Set(old.map((f) => shaOfKey(f.key)))]));
    const named = new Set(rows.flatMap((r) => [r.originalKey, ...r.renditions.map((x) => x.key)]));
    for (const file of old) {
      if (named.has(file.key)) continue;
      await deps.store.delete(file.key);
      deleted.push(file.key);
    }
  }
  if (deleted.length) deps.log?.info({ count: deleted.length, scanned }, 'deleted orphaned media files');
  return { scanned, deleted };
}
