interface ErrorLike {
  message?: unknown;
  data?: {
    userMessage?: unknown;
    fields?: Array<{ path: string; message: string }>;
    httpStatus?: unknown;
    requestId?: unknown;
  } | null;
}

const OFFLINE = 'Cannot reach the Barta server. Check your connection; nothing you typed has been lost.';

/** The message to show a user for any error: the server's user message, never a stack or [object Object]. */
export function userMessageOf(error: unknown): string {
  if (!error) return '';
  const e = error as ErrorLike;
  if (typeof e.data?.userMessage === 'string' && e.data.userMessage) return e.data.userMessage;
  if (e.message === 'Failed to fetch' || e.message === 'NetworkError when attempting to fetch resource.')
    return OFFLINE;
  if (typeof e.message === 'string' && e.message && !e.message.startsWith('Unable to transform'))
    return e.message;
  return 'Something went wrong. Try again.';
}

/** Field messages by field path, for showing under each input. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const fields = (error as ErrorLike | null)?.data?.fields ?? [];
  const out: Record<string, string> = {};
  for (const field of fields) out[field.path] ??= field.message;
  return out;
}

/**
 * The server's request id for a failure on its side (5xx), to quote to support; it
 * names the request's lines in the server log. Refusals a user can fix carry none.
 */
export function supportReferenceOf(error: unknown): string | undefined {
  const data = (error as ErrorLike | null)?.data;
  if (typeof data?.requestId !== 'string' || typeof data.httpStatus !== 'number') return undefined;
  return data.httpStatus >= 500 ? data.requestId : undefined;
}
