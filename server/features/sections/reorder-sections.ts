import { eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import { sections } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { announceSiteChange, invalidateSiteChrome } from '../site/public-site-cache';
import { lockSections } from './section-write';

/**
 * Sets the masthead order. The list must name every section exactly once, so a
 * screen that missed a section added in another tab is told to reload.
 */
export async function reorderSections({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: { ids: string[] };
}) {
  await ctx.db.transaction(async (tx) => {
    await lockSections(tx);
    const current = await tx
      .select({ id: sections.id, position: sections.position })
      .from(sections)
      .orderBy(sections.position);
    const known = new Set(current.map((s) => s.id));
    const given = new Set(input.ids);
    if (
      given.size !== input.ids.length ||
      given.size !== known.size ||
      input.ids.some((id) => !known.has(id))
    ) {
      throw new AppError('CONFLICT', {
        userMessage: 'The sections changed since this list was loaded: reload it and move the section again.',
      });
    }
    for (const [position, id] of input.ids.entries()) {
      await tx.update(sections).set({ position, updatedAt: new Date() }).where(eq(sections.id, id));
    }
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'section.reorder',
      entityType: 'section',
      entityId: input.ids[0],
      before: { order: current.map((s) => s.id) },
      after: { order: input.ids },
    });
    await invalidateSiteChrome(tx);
  });
  announceSiteChange(ctx.events);
  return { ok: true as const };
}
