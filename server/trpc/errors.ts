import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError } from 'zod';
import { AppError, type AppErrorCode, type FieldError } from '../../shared/errors';

const TRPC_CODES: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  BAD_REQUEST: 'BAD_REQUEST',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
};

export const GENERIC_MESSAGE =
  'Something went wrong on the server. Your work is safe; try again in a moment.';

export interface ErrorData {
  userMessage: string;
  fields?: FieldError[];
  details?: unknown;
}

export function toTRPCError(error: AppError): TRPCError {
  return new TRPCError({ code: TRPC_CODES[error.code], message: error.userMessage, cause: error });
}

function zodFields(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/**
 * What the client receives for any error: a message for the user and, for bad
 * input, the fields to fix. Unknown errors never reveal their cause.
 */
export function describeError(error: TRPCError): ErrorData & { expected: boolean } {
  const cause = error.cause;
  if (cause instanceof AppError) {
    return { userMessage: cause.userMessage, fields: cause.fields, details: cause.details, expected: true };
  }
  if (cause instanceof ZodError) {
    const fields = zodFields(cause);
    const list = fields.map((f) => f.message).join(' ');
    return { userMessage: list || 'Some fields are not valid.', fields, expected: true };
  }
  if (error.code === 'INTERNAL_SERVER_ERROR') {
    return { userMessage: GENERIC_MESSAGE, expected: false };
  }
  // tRPC's own expected errors: unknown procedure, bad method, parse errors.
  return { userMessage: error.message, expected: true };
}
