import { eq } from 'drizzle-orm';
import type { Language } from '../../../shared/i18n/languages';
import { users } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from './sessions';

/** The signed-in person's dashboard language, kept with the account so every device follows it. */
export async function setLanguage({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: { language: Language };
}): Promise<{ language: Language }> {
  if (ctx.user.language === input.language) return { language: input.language };
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ language: input.language, updatedAt: new Date() })
      .where(eq(users.id, ctx.user.id));
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'user.set_language',
      entityType: 'user',
      entityId: ctx.user.id,
      before: { language: ctx.user.language },
      after: { language: input.language },
    });
  });
  return { language: input.language };
}
