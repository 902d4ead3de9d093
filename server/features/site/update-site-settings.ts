import type { SiteSettingsInput } from '../../../shared/site/schemas';
import { siteSettings } from '../../db/schema';
import type { Context } from '../../trpc/context';
import { writeAudit } from '../audit/write-audit';
import type { SessionUser } from '../auth/sessions';
import { announceSiteChange, invalidateSiteChrome } from './public-site-cache';
import { getSiteSettingsForScreen, readStoredSiteSettings, SITE_SETTINGS_ID } from './site-settings.queries';

/** Saves the masthead and imprint; readers see them at once (environment overrides still win). */
export async function updateSiteSettings({
  ctx,
  input,
}: {
  ctx: Context & { user: SessionUser };
  input: SiteSettingsInput;
}) {
  await ctx.db.transaction(async (tx) => {
    const before = await readStoredSiteSettings(tx);
    const values = { ...input, updatedAt: new Date(), updatedBy: ctx.user.id };
    await tx
      .insert(siteSettings)
      .values({ id: SITE_SETTINGS_ID, ...values })
      .onConflictDoUpdate({ target: siteSettings.id, set: values });
    await writeAudit(tx, {
      actorId: ctx.user.id,
      action: 'site.update_settings',
      entityType: 'site',
      entityId: SITE_SETTINGS_ID,
      before,
      after: input,
    });
    await invalidateSiteChrome(tx);
  });
  announceSiteChange(ctx.events);
  return getSiteSettingsForScreen(ctx.db, ctx.config);
}
