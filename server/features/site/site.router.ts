import { ZSiteSettingsInput } from '../../../shared/site/schemas';
import { roleProcedure, router } from '../../trpc/init';
import { getSiteSettingsForScreen } from './site-settings.queries';
import { updateSiteSettings } from './update-site-settings';

export const siteRouter = router({
  settings: roleProcedure('site.manage').query(({ ctx }) => getSiteSettingsForScreen(ctx.db, ctx.config)),
  updateSettings: roleProcedure('site.manage')
    .input(ZSiteSettingsInput)
    .mutation(({ ctx, input }) => updateSiteSettings({ ctx, input })),
});
