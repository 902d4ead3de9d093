import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 3000, timeZone: 'Asia/Dhaka', databaseUrl: undefined });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it.each([
    [
      { PORT: 'abc' },
      /^Configuration error: PORT must be a whole number between 1 and 65535 \(got "abc"\)\.$/,
    ],
    [{ PORT: '70000' }, /PORT must be a whole number/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres:\/\//],
    [{ NEWSROOM_TIME_ZONE: 'Asia/Dhakka' }, /NEWSROOM_TIME_ZONE must be an IANA time zone/],
    [{ BARTA_ADMIN_EMAIL: 'admin@example.com' }, /BARTA_ADMIN_PASSWORD must be set together/],
    [
      { BARTA_ADMIN_EMAIL: 'nope', BARTA_ADMIN_PASSWORD: 'long enough pw' },
      /BARTA_ADMIN_EMAIL must be an email/,
    ],
    [{ PUBLIC_ORIGIN: 'not a url' }, /PUBLIC_ORIGIN must be a URL/],
    [{ MEDIA_STORE: 's3' }, /S3_BUCKET must be set when MEDIA_STORE=s3/],
    [{ MEDIA_STORE: 'ftp' }, /MEDIA_STORE must be local or s3/],
    [{ MEDIA_STORE: 's3', S3_BUCKET: 'ab' }, /S3_BUCKET must be an S3 bucket name/],
    [{ S3_FORCE_PATH_STYLE: 'maybe' }, /S3_FORCE_PATH_STYLE must be true or false/],
    [{ METRICS_TOKEN: 'short' }, /METRICS_TOKEN must be at least 16 characters/],
    [{ METRICS_PORT: '3000' }, /METRICS_PORT must differ from PORT/],
    [{ SHUTDOWN_TIMEOUT_MS: '-1' }, /SHUTDOWN_TIMEOUT_MS must be zero or more/],
  ])('refuses %o with one line naming the variable', (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });

  it('accepts PostgreSQL and an unattended admin', () => {
    const config = readConfig({
      DATABASE_URL: 'postgres://u@127.0.0.1/db',
      BARTA_ADMIN_EMAIL: 'Chief@Example.com',
      BARTA_ADMIN_PASSWORD: 'a very long password',
      NEWSROOM_TIME_ZONE: 'Europe/London',
    });
    expect(config.databaseUrl).toBe('postgres://u@127.0.0.1/db');
    expect(config.admin).toEqual({ email: 'chief@example.com', password: 'a very long password' });
    expect(config.timeZone).toBe('Europe/London');
  });

  it('selects the S3 media store with its settings, and operator settings', () => {
    const config = readConfig({
      MEDIA_STORE: 's3',
      S3_BUCKET: 'barta-media',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_FORCE_PATH_STYLE: 'true',
      S3_PREFIX: 'newsroom',
      AWS_REGION: 'ap-south-1',
      MEDIA_PUBLIC_URL: 'https://cdn.example.com/',
      METRICS_PORT: '9100',
      DRAIN_DELAY_MS: '2000',
    });
    expect(config.mediaStore).toEqual({
      kind: 's3',
      bucket: 'barta-media',
      region: 'ap-south-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      prefix: 'newsroom/',
    });
    expect(config.mediaPublicUrl).toBe('https://cdn.example.com');
    expect(config.metrics).toEqual({ token: undefined, port: 9100 });
    expect(config.shutdown).toEqual({ drainDelayMs: 2000, timeoutMs: 15_000 });
    expect(readConfig({}).mediaStore).toEqual({ kind: 'local' });
  });
});
