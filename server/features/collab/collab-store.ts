import { eq, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import { ZArticleContent } from '../../../shared/articles/schemas';
import { can, type Role } from '../../../shared/roles';
import type { Config } from '../../config';
import type { Db, Tx } from '../../db/client';
import { collabDocuments } from '../../db/schema';
import { planContentEdit } from '../articles/edit-content';
import { authorIdsOf } from '../articles/index-references';
import { loadArticle } from '../articles/load-article';
import { prepareContent } from '../articles/prepare-content';
import { editableContentOf } from '../articles/snapshot';
import { lockStory, writeStory } from '../articles/write-story';
import { changedFields, contentOfDoc, type DocContent, docContentOf, docFromContent } from './doc-content';
import { mergeOutsideWrite } from './merge-outside-write';

/** Origin of changes the server makes or merges itself: broadcast, not stored again. */
export const SERVER_ORIGIN = { source: 'local', skipStoreHooks: true } as const;

/** The tab id co-edited revisions carry: consecutive snapshots of one person coalesce like autosaves. */
export const COLLAB_TAB_ID = 'collaboration';

async function editableContent(tx: Tx, articleId: string) {
  const row = await loadArticle(tx, articleId);
  return { row, content: docContentOf(editableContentOf(row, await authorIdsOf(tx, articleId))) };
}

/**
 * The stored Yjs state of a story's shared document. The first time, it is made from
 * the story's editable text (a live story's pending update when it has one) and
 * stored; two instances doing this at once keep the first, since two documents made
 * apart would each hold the text once and merge into it twice.
 */
export async function loadCollabState(db: Db, articleId: string): Promise<Uint8Array> {
  const [stored] = await db
    .select({ state: collabDocuments.state })
    .from(collabDocuments)
    .where(eq(collabDocuments.articleId, articleId));
  if (stored) return stored.state;
  return db.transaction(async (tx) => {
    const { row, content } = await editableContent(tx, articleId);
    const doc = docFromContent(content);
    await tx
      .insert(collabDocuments)
      .values({ articleId, state: Y.encodeStateAsUpdate(doc), synced: content, syncedVersion: row.version })
      .onConflictDoNothing();
    doc.destroy();
    const [first] = await tx
      .select({ state: collabDocuments.state })
      .from(collabDocuments)
      .where(eq(collabDocuments.articleId, articleId));
    return first.state;
  });
}

export interface Contributor {
  id: string;
  role: Role;
}

/**
 * Notes in the stored document that `contributor` is changing it, before the change is
 * applied: whoever writes the next snapshot (this instance after a restart, or another
 * instance holding the change) names them. The row exists once the document is open.
 */
export async function recordContributor(db: Db, articleId: string, contributor: Contributor): Promise<void> {
  await db
    .update(collabDocuments)
    .set({
      contributors: sql`${collabDocuments.contributors} || jsonb_build_object(${contributor.id}::text, ${contributor.role}::text)`,
    })
    .where(eq(collabDocuments.articleId, articleId));
}

/** Everyone in `recorded` (the stored list) and `typed` (this instance's), one entry each. */
function contributorsOf(recorded: Record<string, string> | undefined, typed: Contributor[]): Contributor[] {
  const all = new Map<string, Role>(Object.entries(recorded ?? {}) as [string, Role][]);
  for (const c of typed) all.set(c.id, c.role);
  return [...all].map(([id, role]) => ({ id, role }));
}

/**
 * The person a co-edited snapshot is written as. Where the edit lands depends on the
 * writer's role (an approved story edited by someone who may not review goes back to
 * review), so a snapshot with any such contributor is written as one of them.
 */
function actorOf(contributors: Contributor[]): Contributor {
  return contributors.find((c) => !can(c.role, 'articles.review')) ?? contributors[contributors.length - 1];
}

/**
 * Saves the shared document: its Yjs state into collab_documents and, when its text
 * differs from the story's, a snapshot through the one write path as an autosave by
 * the contributors (so revisions, audit, word counts, search, the checklist and a
 * live story's pending update behave as for one editor).
 *
 * How this meets `version`: the shared document is the merge of everyone's edits, so a
 * snapshot is never stale; it is written on the story's current version and bumps it,
 * which is what makes a non-collaborative write (an API client, a bulk edit) based on
 * an older version fail with CONFLICT as before. A non-collaborative write that passed
 * the check since the last snapshot (the story's version moved and its text differs
 * from what the document last agreed with) wins for the fields it changed: they are
 * merged into the shared document first (keeping what collaborators typed since where
 * the write did not change it, see mergeOutsideWrite), so the snapshot does not undo it.
 */
export async function saveCollabSnapshot(params: {
  db: Db;
  config: Config;
  articleId: string;
  doc: Y.Doc;
  contributors: Contributor[];
}): Promise<{ version: number; wrote: boolean; adopted: string[]; contributors: Contributor[] }> {
  const { db, config, articleId, doc } = params;
  const result = await db.transaction(async (tx) => {
    const [stored] = await tx
      .select()
      .from(collabDocuments)
      .where(eq(collabDocuments.articleId, articleId))
      .for('update');
    // Another instance may have stored edits this one has not seen: merge them first.
    if (stored) Y.applyUpdate(doc, stored.state, SERVER_ORIGIN);
    const current = await lockStory(tx, articleId);
    const liveAuthorIds = await authorIdsOf(tx, articleId);
    const rowContent = docContentOf(editableContentOf(current, liveAuthorIds));
    const synced = (stored?.synced as DocContent | undefined) ?? rowContent;
    const adopted =
      stored && stored.syncedVersion !== current.version ? changedFields(synced, rowContent) : [];
    if (adopted.length > 0) mergeOutsideWrite(doc, synced, rowContent, adopted, SERVER_ORIGIN);

    const parsed = ZArticleContent.safeParse(contentOfDoc(doc, rowContent));
    // Those this instance saw type, and those recorded by any instance (or before a restart).
    const contributors = contributorsOf(stored?.contributors, params.contributors);
    const changed = parsed.success && changedFields(parsed.data, rowContent).length > 0;
    let row = current;
    let wrote = false;
    if (parsed.success && changed && contributors.length > 0) {
      const actor = actorOf(contributors);
      const edit = await planContentEdit(tx, {
        current,
        liveAuthorIds,
        actor,
        prepared: prepareContent(parsed.data, config.publicOrigin ? [config.publicOrigin] : []),
        approvedEditsNeedReview: config.approvedEditsNeedReview,
        reason: 'autosave',
        tabId: COLLAB_TAB_ID,
        contributorIds: contributors.map((c) => c.id),
        audit: { action: 'article.autosave', meta: { collaborative: true } },
      });
      row = await writeStory(tx, actor, edit.write);
      wrote = true;
    }
    const values = {
      state: Y.encodeStateAsUpdate(doc),
      synced: wrote ? docContentOf(editableContentOf(row, await authorIdsOf(tx, articleId))) : rowContent,
      syncedVersion: row.version,
      // Named by this snapshot, or nothing left to name them for: cleared. Otherwise
      // (a document the content schema refuses, nobody to write it as) kept for the next.
      contributors:
        wrote || (parsed.success && !changed)
          ? {}
          : Object.fromEntries(contributors.map((c) => [c.id, c.role])),
      updatedAt: sql`now()`,
    };
    await tx
      .insert(collabDocuments)
      .values({ articleId, ...values })
      .onConflictDoUpdate({ target: collabDocuments.articleId, set: values });
    return { version: row.version, wrote, adopted, status: row.status, contributors };
  });
  return result;
}
