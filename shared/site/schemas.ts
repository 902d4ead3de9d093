import { z } from 'zod';
import { plainText } from '../text';

/** The site settings screen's form and procedure. */
export const ZSiteSettingsInput = z.object({
  siteName: plainText('Site name', { min: 1, max: 80 }),
  masthead: plainText('Masthead line', { max: 160 }),
  editorName: plainText('Editor', { max: 120 }),
  publisherName: plainText('Publisher', { max: 120 }),
  defaultByline: plainText('Default byline', { max: 120 }),
});

export type SiteSettingsInput = z.infer<typeof ZSiteSettingsInput>;

/** Which fields an environment variable sets (and the screen shows as locked). */
export const SITE_ENV_FIELDS = {
  siteName: 'SITE_NAME',
  editorName: 'SITE_EDITOR',
  publisherName: 'SITE_PUBLISHER',
} as const;
