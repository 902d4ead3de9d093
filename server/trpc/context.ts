import type { Config } from '../config';
import type { Database } from '../db/client';
import type { EventBus } from '../events/bus';
import type { SessionUser } from '../features/auth/sessions';
import type { ProcedureObservation } from '../ops/metrics';

/** What the HTTP layer offers a procedure for cookies; tests pass a recorder. */
export interface CookieJar {
  get(name: string): string | undefined;
  set(name: string, value: string, options: { maxAgeSeconds: number }): void;
  clear(name: string): void;
}

export interface Logger {
  error(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  info(obj: unknown, msg?: string): void;
}

export interface Context {
  config: Config;
  database: Database;
  db: Database['db'];
  events: EventBus;
  log: Logger;
  user: SessionUser | null;
  sessionId: string | null;
  ip: string;
  userAgent: string;
  cookies: CookieJar;
  /** The HTTP request's headers (the upload's X-File-Name); absent for in-process callers. */
  requestHeaders?: Readonly<Record<string, string | string[] | undefined>>;
  /** The HTTP request's id (X-Request-Id), returned in error data so users can quote it to support. */
  requestId?: string;
  /** Called once per procedure call with its duration and error code (for /metrics). */
  onProcedure?: (observation: ProcedureObservation) => void;
}

/** Builds a context without HTTP: used by the Fastify adapter and by tests through createCaller. */
export function createContextInner(input: Omit<Context, 'db'>): Context {
  return { ...input, db: input.database.db };
}
