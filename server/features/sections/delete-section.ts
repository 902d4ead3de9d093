import { eq } from 'drizzle-orm';
import { AppError } from '../../../shared/errors';
import { sections } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { announceSiteChange, invalidateSiteChrome } from '../site/public-site-cache';
import { loadSectionForChange, lockSections, sectionAuditView } from './section-write';
import { countSectionStories } from './sections.queries';

/** Deletes a section made by mistake. One that holds any story (even in the bin) can only be archived. */
export async function deleteSection({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: { id: string };
}) {
  await ctx.db.transaction(async (tx) => {
    await lockSections(tx);
    const before = await loadSectionForChange(tx, input.id);
    const stories = await countSectionStories(tx, before.id);
    if (stories > 0) {
      throw new AppError('PRECONDITION_FAILED', {
        userMessage: `“${before.nameBn}” has ${stories} ${stories === 1 ? 'story' : 'stories'} and cannot be deleted: archive it instead.`,
        details: { storyCount: stories },
      });
    }
    await tx.delete(sections).where(eq(sections.id, before.id));
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'section.delete',
      entityType: 'section',
      entityId: before.id,
      before: sectionAuditView(before),
    });
    await invalidateSiteChrome(tx);
  });
  announceSiteChange(ctx.events);
  return { ok: true as const };
}
