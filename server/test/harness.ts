import type { Role } from '../../shared/roles';
import { readConfig } from '../config';
import type { Database } from '../db/client';
import { EventBus } from '../events/bus';
import { hashPassword } from '../features/auth/password';
import type { SessionUser } from '../features/auth/sessions';
import { type CacheInvalidator, OutboxProcessor } from '../features/outbox/outbox-processor';
import { registerCacheInvalidation } from '../site/cache-invalidation';
import { type CookieJar, createContextInner, type Logger } from '../trpc/context';
import { createCallerFactory } from '../trpc/init';
import { appRouter } from '../trpc/router';
import { insertUser } from './factories';
import { createTestDatabase } from './test-database';

export const TEST_PASSWORD = 'correct horse battery';

/** Records what a procedure did to cookies, as a browser would keep them. */
export class CookieRecorder implements CookieJar {
  values = new Map<string, string>();
  get(name: string) {
    return this.values.get(name);
  }
  set(name: string, value: string) {
    this.values.set(name, value);
  }
  clear(name: string) {
    this.values.delete(name);
  }
}

export const silentLog: Logger & { errors: unknown[] } = {
  errors: [],
  error(obj) {
    silentLog.errors.push(obj);
  },
  warn() {},
  info() {},
};

const createCaller = createCallerFactory(appRouter);

export interface TestUser extends SessionUser {
  sessionId: string;
  sessionToken: string;
}

/** One migrated database per test file, with factories and callers acting as any role. */
export async function createTestHarness(env: Record<string, string> = {}) {
  const database: Database = await createTestDatabase();
  const config = readConfig({ LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent-test-data', ...env });
  const events = new EventBus();
  const passwordHash = await hashPassword(TEST_PASSWORD);

  function context(
    user: SessionUser | null,
    options: { ip?: string; cookies?: CookieJar; sessionId?: string } = {},
  ) {
    return createContextInner({
      config,
      database,
      events,
      log: silentLog,
      user,
      sessionId: options.sessionId ?? null,
      ip: options.ip ?? '127.0.0.1',
      userAgent: 'vitest',
      cookies: options.cookies ?? new CookieRecorder(),
    });
  }

  /** A caller acting as `user` (null: signed out). */
  function caller(user: TestUser | SessionUser | null, options: { ip?: string; cookies?: CookieJar } = {}) {
    const sessionId = user && 'sessionId' in user ? user.sessionId : undefined;
    return createCaller(context(user, { ...options, sessionId }));
  }

  /** A unique active user of `role` with a live session. Password: TEST_PASSWORD. */
  function makeUser(role: Role, overrides: Parameters<typeof insertUser>[3] = {}) {
    return insertUser(database.db, role, passwordHash, overrides);
  }

  /**
   * Runs every outbox message committed so far, as the server's processor would
   * (notifications, live events, cache hooks, the webhook to `config.webhookUrl`).
   */
  async function drainOutbox(options: { onInvalidate?: CacheInvalidator } = {}) {
    const processor = new OutboxProcessor({
      db: database.db,
      events,
      log: silentLog,
      webhookUrl: config.webhookUrl,
      maxAttempts: 1,
    });
    // As the server does: the public page cache (and a CDN, when configured) hears of every change.
    registerCacheInvalidation(processor, { events, config, log: silentLog });
    if (options.onInvalidate) processor.onInvalidate(options.onInvalidate);
    while ((await processor.runOnce()) > 0) {}
  }

  return {
    database,
    db: database.db,
    config,
    events,
    context,
    caller,
    makeUser,
    drainOutbox,
    close: () => database.close(),
  };
}

export type TestHarness = Awaited<ReturnType<typeof createTestHarness>>;
