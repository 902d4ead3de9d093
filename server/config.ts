import path from 'node:path';
import { z } from 'zod';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const ZEnv = z
  .object({
    PORT: z.coerce
      .number({ error: 'must be a whole number between 1 and 65535' })
      .int('must be a whole number between 1 and 65535')
      .min(1, 'must be a whole number between 1 and 65535')
      .max(65535, 'must be a whole number between 1 and 65535')
      .default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1, 'must be a folder path').default('./data'),
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
        .optional(),
    ),
    NEWSROOM_TIME_ZONE: z
      .string()
      .default('Asia/Dhaka')
      .refine(isTimeZone, 'must be an IANA time zone such as Asia/Dhaka'),
    /** The public address, e.g. https://news.example.com: canonical URLs, feeds and the CSRF Origin check. */
    PUBLIC_ORIGIN: optionalText.pipe(
      z.url({ error: 'must be a URL such as https://news.example.com' }).optional(),
    ),
    BARTA_ADMIN_EMAIL: optionalText.pipe(z.email({ error: 'must be an email address' }).optional()),
    BARTA_ADMIN_PASSWORD: optionalText.pipe(z.string().min(10, 'must be at least 10 characters').optional()),
    SESSION_DAYS: z.coerce.number({ error: 'must be a number of days' }).int().min(1).max(90).default(14),
    /** Overrides of the site settings screen (masthead name and imprint); unset: the screen decides. */
    SITE_NAME: optionalText,
    SITE_EDITOR: optionalText,
    SITE_PUBLISHER: optionalText,
    /** Mail server for invite and reset links, e.g. smtp://user:pass@mail.example.com:587. */
    SMTP_URL: optionalText.pipe(
      z
        .string()
        .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
        .optional(),
    ),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Largest image upload, in megabytes. */
    MAX_UPLOAD_MB: z.coerce
      .number({ error: 'must be a number of megabytes' })
      .positive('must be a positive number of megabytes')
      .max(1024, 'must be at most 1024 megabytes')
      .default(25),
    /** Image files; defaults to DATA_DIR/media. Point several instances at one shared folder. */
    MEDIA_DIR: optionalText,
    /** Optional: publications and expiries are POSTed here (with retries and an Idempotency-Key). */
    WEBHOOK_URL: optionalText.pipe(z.url({ error: 'must be an http(s) URL' }).optional()),
    /** Whether editing an approved story sends it back to review unless a reviewer edits it. */
    APPROVED_EDITS_NEED_REVIEW: z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
      .default('true')
      .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.BARTA_ADMIN_EMAIL) !== Boolean(env.BARTA_ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.BARTA_ADMIN_EMAIL ? 'BARTA_ADMIN_PASSWORD' : 'BARTA_ADMIN_EMAIL'],
        message: 'must be set together with the other (BARTA_ADMIN_EMAIL and BARTA_ADMIN_PASSWORD)',
      });
    }
  });

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  timeZone: string;
  publicOrigin?: string;
  admin?: { email: string; password: string };
  sessionDays: number;
  /** SITE_NAME, SITE_EDITOR, SITE_PUBLISHER: when set, they win over the site settings screen. */
  site: { name?: string; editor?: string; publisher?: string };
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
  /** SMTP_URL: where invite and reset links would be mailed; unset: links are shown to copy. */
  smtpUrl?: string;
  version: string;
  /** Largest accepted image upload, in bytes (MAX_UPLOAD_MB). */
  maxUploadBytes: number;
  /** Where the local media store keeps files (MEDIA_DIR, default DATA_DIR/media). */
  mediaDir: string;
  /** Outgoing webhook for publications (WEBHOOK_URL); unset sends none. */
  webhookUrl?: string;
  /** APPROVED_EDITS_NEED_REVIEW: an approved story edited by a non-reviewer goes back to in_review. */
  approvedEditsNeedReview: boolean;
};

export class ConfigError extends Error {}

/** Reads the environment once. A bad value is reported as one line naming the variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? 'environment');
    const raw = env[name];
    const got = raw === undefined ? '' : ` (got "${raw.length > 60 ? `${raw.slice(0, 60)}…` : raw}")`;
    throw new ConfigError(`Configuration error: ${name} ${issue.message}${got}.`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    timeZone: e.NEWSROOM_TIME_ZONE,
    publicOrigin: e.PUBLIC_ORIGIN?.replace(/\/$/, ''),
    admin:
      e.BARTA_ADMIN_EMAIL && e.BARTA_ADMIN_PASSWORD
        ? { email: e.BARTA_ADMIN_EMAIL.toLowerCase(), password: e.BARTA_ADMIN_PASSWORD }
        : undefined,
    sessionDays: e.SESSION_DAYS,
    site: { name: e.SITE_NAME, editor: e.SITE_EDITOR, publisher: e.SITE_PUBLISHER },
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    version: process.env.npm_package_version ?? '0.1.0',
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    mediaDir: path.resolve(e.MEDIA_DIR ?? path.join(e.DATA_DIR, 'media')),
    webhookUrl: e.WEBHOOK_URL,
    approvedEditsNeedReview: e.APPROVED_EDITS_NEED_REVIEW,
  };
}
