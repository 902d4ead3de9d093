import { eq } from 'drizzle-orm';
import { sections } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { announceSiteChange, invalidateSiteChrome } from '../site/public-site-cache';
import { loadSectionForChange, lockSections, sectionAuditView } from './section-write';

/**
 * Archives (or restores) a section: it leaves the masthead and the section pickers,
 * while its stories and its page stay where readers found them.
 */
export async function archiveSection({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: { id: string; archived: boolean };
}) {
  const row = await ctx.db.transaction(async (tx) => {
    await lockSections(tx);
    const before = await loadSectionForChange(tx, input.id);
    const [after] = await tx
      .update(sections)
      .set({ archivedAt: input.archived ? (before.archivedAt ?? new Date()) : null, updatedAt: new Date() })
      .where(eq(sections.id, before.id))
      .returning();
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: input.archived ? 'section.archive' : 'section.restore',
      entityType: 'section',
      entityId: before.id,
      before: sectionAuditView(before),
      after: sectionAuditView(after),
    });
    await invalidateSiteChrome(tx);
    return after;
  });
  announceSiteChange(ctx.events);
  return { id: row.id, archived: row.archivedAt !== null };
}
