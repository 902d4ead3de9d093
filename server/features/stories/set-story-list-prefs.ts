import { sql } from 'drizzle-orm';
import type { StoryListPrefs } from '../../../shared/stories/schemas';
import { userPreferences } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';

/** Remembers the story list's column order and visibility for this user (other preferences are kept). */
export async function setStoryListPrefs({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: StoryListPrefs;
}) {
  const value = { storyList: input };
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(userPreferences)
      .values({ userId: ctx.user.id, preferences: value })
      .onConflictDoUpdate({
        target: userPreferences.userId,
        set: {
          preferences: sql`${userPreferences.preferences} || ${JSON.stringify(value)}::jsonb`,
          updatedAt: sql`now()`,
        },
      });
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'user_preferences.update',
      entityType: 'user',
      entityId: ctx.user.id,
      after: value,
    });
  });
  return input;
}
