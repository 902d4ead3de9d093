/**
 * Expected failures carry a code and a message written for the newsroom user.
 * One map (server/trpc/errors.ts) turns codes into tRPC codes; anything that is
 * not an AppError is treated as a bug and answered with a generic message.
 */
export type AppErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'TOO_MANY_REQUESTS'
  | 'PAYLOAD_TOO_LARGE';

export interface FieldError {
  /** Dotted path of the offending field, e.g. `body.content.3` or `email`. */
  path: string;
  message: string;
}

export interface AppErrorOptions {
  /** What went wrong, for logs and developers. Defaults to userMessage. */
  message?: string;
  /** What the user reads: says what to fix. */
  userMessage: string;
  fields?: FieldError[];
  /** Extra machine-readable data the client may show (e.g. checklist items, the newer version). */
  details?: unknown;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly fields?: FieldError[];
  readonly details?: unknown;

  constructor(code: AppErrorCode, options: AppErrorOptions) {
    super(options.message ?? options.userMessage, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = options.userMessage;
    this.fields = options.fields;
    this.details = options.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
