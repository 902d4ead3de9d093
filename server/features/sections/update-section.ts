import { eq } from 'drizzle-orm';
import type { SectionUpdateInput } from '../../../shared/sections/schemas';
import { sections } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { announceSiteChange, invalidateSiteChrome } from '../site/public-site-cache';
import {
  assertSectionSlugFree,
  loadSectionForChange,
  lockSections,
  sectionAuditView,
  sectionSlugOf,
} from './section-write';

/** Renames a section (Bengali and English), changes its slug, or hides it from the masthead. */
export async function updateSection({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: SectionUpdateInput;
}) {
  const row = await ctx.db.transaction(async (tx) => {
    await lockSections(tx);
    const before = await loadSectionForChange(tx, input.id);
    const slug = sectionSlugOf({ ...input, slug: input.slug || before.slug });
    if (slug !== before.slug) await assertSectionSlugFree(tx, slug, before.id);
    const [after] = await tx
      .update(sections)
      .set({
        nameBn: input.nameBn,
        nameEn: input.nameEn,
        slug,
        hidden: input.hidden ?? before.hidden,
        updatedAt: new Date(),
      })
      .where(eq(sections.id, before.id))
      .returning();
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'section.update',
      entityType: 'section',
      entityId: before.id,
      before: sectionAuditView(before),
      after: sectionAuditView(after),
    });
    await invalidateSiteChrome(tx);
    return after;
  });
  announceSiteChange(ctx.events);
  return { id: row.id, slug: row.slug, nameBn: row.nameBn, nameEn: row.nameEn, hidden: row.hidden };
}
