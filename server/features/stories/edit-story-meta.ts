import { and, eq, sql } from 'drizzle-orm';
import { isEditable } from '../../../shared/articles/transitions';
import { can } from '../../../shared/roles';
import { articles, sections } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { authorIdsOf } from '../articles/index-references';
import { articleColumns, loadArticle } from '../articles/load-article';
import { currentLock } from '../articles/locks';
import { recordRevision } from '../articles/revisions';
import { snapshotOf } from '../articles/snapshot';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { articleSearchVector } from '../search/search-vector';
import { RowSkipped } from './bulk-run';

type Ctx = Context & { user: SessionUser };
export type MetaChange =
  | { kind: 'section'; sectionId: string; sectionName: string }
  | { kind: 'tag'; tag: string };

const MAX_TAGS = 30;

/**
 * Sets one story's section or adds a tag, as a save would: checked against the
 * role and the story's state, refused while someone else holds the edit lock,
 * with a new version, a revision, a rebuilt search vector and an audit row.
 */
export async function editStoryMeta({
  ctx,
  id,
  version,
  change,
}: {
  ctx: Ctx;
  id: string;
  version: number;
  change: MetaChange;
}): Promise<string> {
  const saved = await ctx.db.transaction(async (tx) => {
    const row = await loadArticle(tx, id, { forUpdate: true });
    if (!can(ctx.user.role, 'articles.edit')) {
      throw new RowSkipped(`Your role (${ctx.user.role}) may not edit stories.`);
    }
    if (row.version !== version)
      throw new RowSkipped('Changed by someone else since you selected it: reload and try again.');
    if (!isEditable(row.status)) throw new RowSkipped('Archived: reopen it as a draft first.');
    const lock = await currentLock(tx, id);
    if (lock && lock.userId !== ctx.user.id) throw new RowSkipped(`${lock.name} is editing it now.`);
    let set: Partial<typeof articles.$inferInsert>;
    let message: string;
    if (change.kind === 'section') {
      if (row.sectionId === change.sectionId) throw new RowSkipped(`Already in ${change.sectionName}.`);
      set = { sectionId: change.sectionId };
      message = `Moved to ${change.sectionName}.`;
    } else {
      if (row.tags.includes(change.tag)) throw new RowSkipped(`Already tagged “${change.tag}”.`);
      if (row.tags.length >= MAX_TAGS) throw new RowSkipped(`Already has ${MAX_TAGS} tags.`);
      const tags = [...row.tags, change.tag];
      // Tags are searchable (weight C), so the vector changes with them.
      set = { tags, searchVector: articleSearchVector({ ...row, tags }) };
      message = `Tagged “${change.tag}”.`;
    }
    const [updated] = await tx
      .update(articles)
      .set({ ...set, version: row.version + 1, updatedBy: ctx.user.id, updatedAt: sql`now()` })
      .where(and(eq(articles.id, id), eq(articles.version, row.version)))
      .returning(articleColumns);
    await recordRevision(tx, {
      articleId: id,
      version: updated.version,
      reason: 'save',
      userId: ctx.user.id,
      snapshot: snapshotOf(updated, await authorIdsOf(tx, id)),
    });
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: change.kind === 'section' ? 'article.assign_section' : 'article.add_tag',
      entityType: 'article',
      entityId: id,
      before: change.kind === 'section' ? { sectionId: row.sectionId } : { tags: row.tags },
      after: change.kind === 'section' ? { sectionId: change.sectionId } : { tags: updated.tags },
      meta: { version: updated.version, bulk: true },
    });
    return { row: updated, message };
  });
  ctx.events.publish({
    type: 'article.changed',
    articleId: id,
    status: saved.row.status,
    version: saved.row.version,
  });
  return saved.message;
}

/** The section a bulk move names, or a message that it does not exist. */
export async function findSection(ctx: Ctx, sectionId: string) {
  const [section] = await ctx.db
    .select({ id: sections.id, nameBn: sections.nameBn, nameEn: sections.nameEn })
    .from(sections)
    .where(eq(sections.id, sectionId));
  return section ?? null;
}
