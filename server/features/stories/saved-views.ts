import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { ZSavedViewInput } from '../../../shared/stories/schemas';
import { uuidField } from '../../../shared/text';
import { savedViews } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';

type Ctx = Context & { user: SessionUser };

export const ZUpdateSavedViewInput = ZSavedViewInput.extend({ id: uuidField('View') });
export const ZSavedViewIdInput = z.object({ id: uuidField('View') });

function notYours(): AppError {
  return new AppError('NOT_FOUND', {
    userMessage: 'That view does not exist, or it is not yours to change.',
  });
}

/** Saves the list's current filters under a name; shared views show in everyone's list. */
export async function createSavedView({ ctx, input }: { ctx: Ctx; input: z.infer<typeof ZSavedViewInput> }) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(savedViews)
      .values({ ownerId: ctx.user.id, name: input.name, shared: input.shared, filters: input.state })
      .returning({ id: savedViews.id });
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'saved_view.create',
      entityType: 'saved_view',
      entityId: row.id,
      after: { name: input.name, shared: input.shared },
    });
    return { id: row.id };
  });
}

/** Only the owner renames, re-shares or changes a view. */
export async function updateSavedView({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: z.infer<typeof ZUpdateSavedViewInput>;
}) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(savedViews)
      .set({ name: input.name, shared: input.shared, filters: input.state })
      .where(and(eq(savedViews.id, input.id), eq(savedViews.ownerId, ctx.user.id)))
      .returning({ id: savedViews.id });
    if (!row) throw notYours();
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'saved_view.update',
      entityType: 'saved_view',
      entityId: row.id,
      after: { name: input.name, shared: input.shared },
    });
    return { id: row.id };
  });
}

export async function deleteSavedView({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: z.infer<typeof ZSavedViewIdInput>;
}) {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(savedViews)
      .where(and(eq(savedViews.id, input.id), eq(savedViews.ownerId, ctx.user.id)))
      .returning({ id: savedViews.id, name: savedViews.name });
    if (!row) throw notYours();
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'saved_view.delete',
      entityType: 'saved_view',
      entityId: row.id,
      before: { name: row.name },
    });
    return { id: row.id };
  });
}
