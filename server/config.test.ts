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
});
