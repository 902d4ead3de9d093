import { eq } from 'drizzle-orm';
import { SITE_ENV_FIELDS } from '../../../shared/site/schemas';
import type { Config } from '../../config';
import type { DbOrTx } from '../../db/client';
import { siteSettings } from '../../db/schema';

export const SITE_SETTINGS_ID = 'site';
/** The product's own name, used until the admin names the paper. */
export const DEFAULT_SITE_NAME = 'বার্তা';

export interface StoredSiteSettings {
  siteName: string;
  masthead: string;
  editorName: string;
  publisherName: string;
  defaultByline: string;
}

const EMPTY: StoredSiteSettings = {
  siteName: '',
  masthead: '',
  editorName: '',
  publisherName: '',
  defaultByline: '',
};

export async function readStoredSiteSettings(db: DbOrTx): Promise<StoredSiteSettings> {
  const [row] = await db
    .select({
      siteName: siteSettings.siteName,
      masthead: siteSettings.masthead,
      editorName: siteSettings.editorName,
      publisherName: siteSettings.publisherName,
      defaultByline: siteSettings.defaultByline,
    })
    .from(siteSettings)
    .where(eq(siteSettings.id, SITE_SETTINGS_ID))
    .limit(1);
  return row ?? EMPTY;
}

/** The environment's overrides, by settings field (SITE_NAME → siteName ...). */
export function siteEnvOverrides(config: Config): Partial<Record<keyof typeof SITE_ENV_FIELDS, string>> {
  const out: Partial<Record<keyof typeof SITE_ENV_FIELDS, string>> = {};
  if (config.site.name) out.siteName = config.site.name;
  if (config.site.editor) out.editorName = config.site.editor;
  if (config.site.publisher) out.publisherName = config.site.publisher;
  return out;
}

/** What readers see: the stored settings, each overridden by its environment variable when set. */
export function effectiveSiteSettings(stored: StoredSiteSettings, config: Config): StoredSiteSettings {
  const merged = { ...stored, ...siteEnvOverrides(config) };
  return { ...merged, siteName: merged.siteName || DEFAULT_SITE_NAME };
}

/** The settings screen: what is stored, what readers get, and which fields the environment locks. */
export async function getSiteSettingsForScreen(db: DbOrTx, config: Config) {
  const stored = await readStoredSiteSettings(db);
  const overrides = siteEnvOverrides(config);
  return {
    stored,
    effective: effectiveSiteSettings(stored, config),
    lockedByEnvironment: Object.fromEntries(
      Object.entries(SITE_ENV_FIELDS)
        .filter(([field]) => field in overrides)
        .map(([field, variable]) => [field, variable]),
    ) as Partial<Record<keyof typeof SITE_ENV_FIELDS, string>>,
    timeZone: config.timeZone,
  };
}
