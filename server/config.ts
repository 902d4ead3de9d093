import { isIP } from 'node:net';
import os from 'node:os';
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

const port = () =>
  z.coerce
    .number({ error: 'must be a whole number between 1 and 65535' })
    .int('must be a whole number between 1 and 65535')
    .min(1, 'must be a whole number between 1 and 65535')
    .max(65535, 'must be a whole number between 1 and 65535');

const flag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
    .default(fallback)
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const milliseconds = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(0, 'must be zero or more milliseconds')
    .max(600_000, 'must be at most 600000 (ten minutes)')
    .default(fallback);

/** proxy-addr's names for address ranges, accepted in TRUST_PROXY beside addresses and CIDRs. */
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGES.includes(entry)) return true;
  const [address, bits, extra] = entry.split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: which proxies may say who the client is (X-Forwarded-For, -Proto, -Host).
 * `false`, `true` (any: only when nothing else can reach Barta), a number of hops
 * (CDN + load balancer = 2), or addresses, CIDR ranges and proxy-addr's range names.
 */
const ZTrustProxy = optionalText.pipe(
  z
    .string()
    .transform((value, ctx): boolean | number | string[] => {
      const lower = value.toLowerCase();
      if (lower === 'true' || lower === 'false') return lower === 'true';
      if (/^\d+$/.test(value)) return Number(value);
      const entries = value
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean);
      const bad = entries.find((e) => !isProxyAddress(e));
      if (bad !== undefined || entries.length === 0) {
        ctx.addIssue({
          code: 'custom',
          message: `must be true, false, a number of proxy hops, or addresses and CIDR ranges such as 10.0.0.0/8,loopback${bad ? ` ("${bad}" is none of these)` : ''}`,
        });
        return z.NEVER;
      }
      return entries;
    })
    .optional(),
);

const ZEnv = z
  .object({
    PORT: port().default(3000),
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
    /** Sender of invite and reset mail: an address, or `Name <address>`. */
    MAIL_FROM: optionalText.pipe(
      z
        .string()
        .regex(
          /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/,
          'must be an email address, or a name and address like Barta <newsroom@example.com>',
        )
        .optional(),
    ),
    /** Days added to the Umm al-Qura Hijri date on the masthead (Bangladesh's moon sighting; often -1). */
    HIJRI_OFFSET_DAYS: z.coerce
      .number({ error: 'must be a whole number of days between -3 and 3' })
      .int('must be a whole number of days between -3 and 3')
      .min(-3, 'must be a whole number of days between -3 and 3')
      .max(3, 'must be a whole number of days between -3 and 3')
      .default(0),
    /** Whether the article page's প্রকাশ line also gives the Bangla (বঙ্গাব্দ) date. */
    SITE_BANGLA_DATE_IN_DATELINE: z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
      .default('false')
      .transform((v) => v === 'true' || v === '1' || v === 'yes'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Largest image upload, in megabytes. */
    MAX_UPLOAD_MB: z.coerce
      .number({ error: 'must be a number of megabytes' })
      .positive('must be a positive number of megabytes')
      .max(1024, 'must be at most 1024 megabytes')
      .default(25),
    /** Where uploads wait while they arrive and are checked (a disk, not a RAM-backed /tmp). */
    UPLOAD_TMP_DIR: optionalText,
    /** Image files; defaults to DATA_DIR/media. Point several instances at one shared folder. */
    MEDIA_DIR: optionalText,
    /** Optional: publications and expiries are POSTed here (with retries and an Idempotency-Key). */
    WEBHOOK_URL: optionalText.pipe(z.url({ error: 'must be an http(s) URL' }).optional()),
    /** Memory for rendered public pages, in megabytes; 0 turns the page cache off. */
    PAGE_CACHE_MB: z.coerce.number({ error: 'must be a number of megabytes' }).min(0).max(8192).default(64),
    /** A cached page is rendered again after this many seconds even if no change was announced. */
    PAGE_CACHE_MAX_AGE_S: z.coerce.number({ error: 'must be a number of seconds' }).int().min(1).default(300),
    /** How long shared caches (a CDN, nginx) may keep a public page: Cache-Control s-maxage. */
    CDN_S_MAXAGE: z.coerce.number({ error: 'must be a number of seconds' }).int().min(0).default(60),
    /**
     * Optional CDN purge, called for the surrogate keys of every change, e.g.
     * https://api.example-cdn.com/purge?tags={tags} ({tags}: comma-separated keys; without it
     * the keys go in a JSON body {"tags": [...]}).
     */
    CDN_PURGE_URL: optionalText.pipe(z.url({ error: 'must be an http(s) URL' }).optional()),
    CDN_PURGE_METHOD: z
      .enum(['POST', 'PURGE', 'DELETE', 'GET', 'PUT'], { error: 'must be POST, PURGE, DELETE, GET or PUT' })
      .default('POST'),
    /** Sent as the Authorization header of purge calls (e.g. "Bearer …"). */
    CDN_PURGE_AUTHORIZATION: optionalText,
    /** Whether editing an approved story sends it back to review unless a reviewer edits it. */
    APPROVED_EDITS_NEED_REVIEW: flag('true'),
    /** `off` only for benchmarks and load tests (or behind a gateway that limits already). */
    RATE_LIMITS: z.enum(['on', 'off'], { error: 'must be on or off' }).default('on'),
    /** Where media files live: `local` (MEDIA_DIR) or `s3` (an S3-compatible bucket). */
    MEDIA_STORE: z.enum(['local', 's3'], { error: 'must be local or s3' }).default('local'),
    S3_BUCKET: optionalText.pipe(
      z
        .string()
        .regex(
          /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
          'must be an S3 bucket name (3-63 lowercase letters, digits, dots, hyphens)',
        )
        .optional(),
    ),
    S3_REGION: optionalText,
    S3_ENDPOINT: optionalText.pipe(
      z.url({ error: 'must be a URL such as https://s3.example.com' }).optional(),
    ),
    S3_FORCE_PATH_STYLE: flag('false'),
    S3_PREFIX: optionalText.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*\/?$/, 'must be a key prefix such as barta/media/')
        .optional(),
    ),
    /** When set, /media/* redirects readers here (the bucket's or a CDN's public address). */
    MEDIA_PUBLIC_URL: optionalText.pipe(
      z.url({ error: 'must be a URL such as https://cdn.example.com' }).optional(),
    ),
    /** /metrics needs `Authorization: Bearer <token>` ... */
    METRICS_TOKEN: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    /** ... or is served without a token on its own port (keep that port off the public network). */
    METRICS_PORT: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      port().optional(),
    ),
    TRUST_PROXY: ZTrustProxy,
    /** On SIGTERM: how long /readyz fails before the server stops accepting, so load balancers move away. */
    DRAIN_DELAY_MS: milliseconds(0),
    /** On SIGTERM: the most the whole shutdown may take before the process exits anyway. */
    SHUTDOWN_TIMEOUT_MS: milliseconds(15_000),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.BARTA_ADMIN_EMAIL) !== Boolean(env.BARTA_ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.BARTA_ADMIN_EMAIL ? 'BARTA_ADMIN_PASSWORD' : 'BARTA_ADMIN_EMAIL'],
        message: 'must be set together with the other (BARTA_ADMIN_EMAIL and BARTA_ADMIN_PASSWORD)',
      });
    }
    if (env.MEDIA_STORE === 's3' && !env.S3_BUCKET) {
      ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'must be set when MEDIA_STORE=s3' });
    }
    if (env.METRICS_PORT !== undefined && env.METRICS_PORT === env.PORT) {
      ctx.addIssue({ code: 'custom', path: ['METRICS_PORT'], message: 'must differ from PORT' });
    }
  });

export type MediaStoreConfig =
  | { kind: 'local' }
  | {
      kind: 's3';
      bucket: string;
      region: string;
      endpoint?: string;
      forcePathStyle: boolean;
      prefix: string;
    };

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
  site: {
    name?: string;
    editor?: string;
    publisher?: string;
    /** HIJRI_OFFSET_DAYS: the masthead's Hijri date is Umm al-Qura plus this many days. */
    hijriOffsetDays: number;
    /** SITE_BANGLA_DATE_IN_DATELINE: the প্রকাশ line also shows the Bangla date. */
    banglaDateInDateline: boolean;
  };
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
  /** SMTP_URL: where invite and reset links are mailed; unset: links are shown to copy. */
  smtpUrl?: string;
  /** MAIL_FROM, or no-reply at the PUBLIC_ORIGIN's host (else localhost). */
  mailFrom: string;
  version: string;
  /** Largest accepted image upload, in bytes (MAX_UPLOAD_MB). */
  maxUploadBytes: number;
  /** UPLOAD_TMP_DIR: uploads are staged here as they arrive (default: the system's temp folder). */
  uploadTmpDir: string;
  /** Where the local media store keeps files (MEDIA_DIR, default DATA_DIR/media). */
  mediaDir: string;
  /** Outgoing webhook for publications (WEBHOOK_URL); unset sends none. */
  webhookUrl?: string;
  /** APPROVED_EDITS_NEED_REVIEW: an approved story edited by a non-reviewer goes back to in_review. */
  approvedEditsNeedReview: boolean;
  /** The public site's rendered-page cache (PAGE_CACHE_MB, 0: off) and shared-cache lifetime. */
  pageCache: { maxBytes: number; maxAgeMs: number; sMaxAge: number };
  /** CDN purge (CDN_PURGE_URL …); unset sends none. */
  cdnPurge?: { url: string; method: string; authorization?: string };
  /** RATE_LIMITS: per-client limits on sign-in, expensive queries, the public API and feeds. */
  rateLimits: boolean;
  /** MEDIA_STORE and the S3_* variables; credentials come from the AWS SDK's usual variables. */
  mediaStore: MediaStoreConfig;
  /** MEDIA_PUBLIC_URL: serve /media/* by redirect to this address instead of streaming. */
  mediaPublicUrl?: string;
  /** /metrics: a bearer token (METRICS_TOKEN) and/or a separate port (METRICS_PORT); neither disables it. */
  metrics: { token?: string; port?: number };
  shutdown: { drainDelayMs: number; timeoutMs: number };
  /**
   * TRUST_PROXY, Fastify's trustProxy: whose X-Forwarded-For names the client for rate
   * limits and logs. Unset: proxies on loopback and private networks when PUBLIC_ORIGIN
   * is set (a proxy in front), none otherwise.
   */
  trustProxy: boolean | number | string[];
};

export class ConfigError extends Error {}

/** UPLOAD_TMP_DIR's default: a folder of its own in the system's temp folder. */
export function defaultUploadTmpDir(): string {
  return path.join(os.tmpdir(), 'barta-uploads');
}

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
  if (e.SMTP_URL && !e.PUBLIC_ORIGIN) {
    // A mailed link needs the dashboard's public address; a path alone leads nowhere.
    throw new ConfigError(
      'Configuration error: SMTP_URL needs PUBLIC_ORIGIN as well (the address mailed invite and reset links point at, like https://news.example.com).',
    );
  }
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
    site: {
      name: e.SITE_NAME,
      editor: e.SITE_EDITOR,
      publisher: e.SITE_PUBLISHER,
      hijriOffsetDays: e.HIJRI_OFFSET_DAYS,
      banglaDateInDateline: e.SITE_BANGLA_DATE_IN_DATELINE,
    },
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom:
      e.MAIL_FROM ?? `Barta <no-reply@${e.PUBLIC_ORIGIN ? new URL(e.PUBLIC_ORIGIN).hostname : 'localhost'}>`,
    version: process.env.npm_package_version ?? '0.1.0',
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    uploadTmpDir: path.resolve(e.UPLOAD_TMP_DIR ?? defaultUploadTmpDir()),
    mediaDir: path.resolve(e.MEDIA_DIR ?? path.join(e.DATA_DIR, 'media')),
    webhookUrl: e.WEBHOOK_URL,
    approvedEditsNeedReview: e.APPROVED_EDITS_NEED_REVIEW,
    pageCache: {
      maxBytes: Math.round(e.PAGE_CACHE_MB * 1024 * 1024),
      maxAgeMs: e.PAGE_CACHE_MAX_AGE_S * 1000,
      sMaxAge: e.CDN_S_MAXAGE,
    },
    cdnPurge: e.CDN_PURGE_URL
      ? { url: e.CDN_PURGE_URL, method: e.CDN_PURGE_METHOD, authorization: e.CDN_PURGE_AUTHORIZATION }
      : undefined,
    rateLimits: e.RATE_LIMITS === 'on',
    mediaStore:
      e.MEDIA_STORE === 's3' && e.S3_BUCKET
        ? {
            kind: 's3',
            bucket: e.S3_BUCKET,
            region: e.S3_REGION ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
            endpoint: e.S3_ENDPOINT,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
            prefix: e.S3_PREFIX ? e.S3_PREFIX.replace(/\/?$/, '/') : '',
          }
        : { kind: 'local' },
    mediaPublicUrl: e.MEDIA_PUBLIC_URL?.replace(/\/+$/, ''),
    metrics: { token: e.METRICS_TOKEN, port: e.METRICS_PORT },
    shutdown: { drainDelayMs: e.DRAIN_DELAY_MS, timeoutMs: e.SHUTDOWN_TIMEOUT_MS },
    trustProxy: e.TRUST_PROXY ?? (e.PUBLIC_ORIGIN ? [...PROXY_RANGES] : false),
  };
}
