import { eq } from 'drizzle-orm';
import { ZArticleContent } from '../../../shared/articles/schemas';
import { isEditable } from '../../../shared/articles/transitions';
import { can } from '../../../shared/roles';
import { sections } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { siteOrigins } from '../articles/create-article';
import { planContentEdit } from '../articles/edit-content';
import { authorIdsOf } from '../articles/index-references';
import { loadArticle } from '../articles/load-article';
import { currentLock } from '../articles/locks';
import { prepareContent } from '../articles/prepare-content';
import type { ArticleSnapshot } from '../articles/revisions';
import { editableContentOf } from '../articles/snapshot';
import { writeStory } from '../articles/write-story';
import type { SessionUser } from '../auth/sessions';
import { RowSkipped } from './bulk-run';

type Ctx = Context & { user: SessionUser };
export type MetaChange =
  | { kind: 'section'; sectionId: string; sectionName: string }
  | { kind: 'tag'; tag: string };

const MAX_TAGS = 30;

/**
 * Sets one story's section or adds a tag, as a save would (the same content rule,
 * the same write path): checked against the role and the story's state, refused
 * while someone else holds the edit lock.
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
    const liveAuthorIds = await authorIdsOf(tx, id);
    // A live story's pending update is the text being edited: the bulk change joins it.
    const content = editableContentOf(row, liveAuthorIds);
    let changed: ArticleSnapshot;
    let message: string;
    if (change.kind === 'section') {
      if (content.sectionId === change.sectionId) throw new RowSkipped(`Already in ${change.sectionName}.`);
      changed = { ...content, sectionId: change.sectionId };
      message = `Moved to ${change.sectionName}.`;
    } else {
      if (content.tags.includes(change.tag)) throw new RowSkipped(`Already tagged “${change.tag}”.`);
      if (content.tags.length >= MAX_TAGS) throw new RowSkipped(`Already has ${MAX_TAGS} tags.`);
      changed = { ...content, tags: [...content.tags, change.tag] };
      message = `Tagged “${change.tag}”.`;
    }
    const parsed = ZArticleContent.safeParse(changed);
    if (!parsed.success)
      throw new RowSkipped('Its text no longer fits the story rules: open it and save it first.');
    // The same rule as a save: an approved story goes back to review, a live one gets a pending update.
    const edit = await planContentEdit(tx, {
      current: row,
      liveAuthorIds,
      actor: ctx.user,
      prepared: prepareContent(parsed.data, siteOrigins(ctx)),
      approvedEditsNeedReview: ctx.config.approvedEditsNeedReview,
      reason: 'save',
      audit: {
        action: change.kind === 'section' ? 'article.assign_section' : 'article.add_tag',
        before: change.kind === 'section' ? { sectionId: content.sectionId } : { tags: content.tags },
        after: change.kind === 'section' ? { sectionId: change.sectionId } : { tags: changed.tags },
        meta: { bulk: true },
      },
    });
    const updated = await writeStory(tx, ctx.user, edit.write);
    if (updated.pending) message += ' It waits as an update of the live story.';
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
