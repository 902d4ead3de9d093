import type { SectionCreateInput } from '../../../shared/sections/schemas';
import type { DbOrTx } from '../../db/client';
import { sections } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { announceSiteChange, invalidateSiteChrome } from '../site/public-site-cache';
import {
  assertSectionSlugFree,
  lockSections,
  nextSectionPosition,
  sectionAuditView,
  sectionSlugOf,
} from './section-write';

/**
 * Adds sections at the end of the masthead, in the given order, in the caller's
 * transaction (first-run setup adds its starter set with the administrator).
 */
export async function insertSections(tx: DbOrTx, drafts: SectionCreateInput[], actorId: string | null) {
  await lockSections(tx);
  let position = await nextSectionPosition(tx);
  const created = [];
  for (const draft of drafts) {
    const slug = sectionSlugOf(draft);
    await assertSectionSlugFree(tx, slug, null);
    const [row] = await tx
      .insert(sections)
      .values({ slug, nameBn: draft.nameBn, nameEn: draft.nameEn, position })
      .returning();
    position += 1;
    await writeAudit(tx, {
      actorId,
      action: 'section.create',
      entityType: 'section',
      entityId: row.id,
      after: sectionAuditView(row),
    });
    created.push(row);
  }
  if (created.length > 0) await invalidateSiteChrome(tx);
  return created;
}

export async function createSection({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: SectionCreateInput;
}) {
  const [row] = await ctx.db.transaction((tx) => insertSections(tx, [input], ctx.user.id));
  announceSiteChange(ctx.events);
  return { id: row.id, slug: row.slug, nameBn: row.nameBn, nameEn: row.nameEn, position: row.position };
}
