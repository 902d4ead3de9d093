import { i18n } from '../i18n';
import { translateServerMessage } from '../i18n/server-messages';

interface ErrorLike {
  message?: unknown;
  data?: {
    userMessage?: unknown;
    fields?: Array<{ path: string; message: string }>;
    httpStatus?: unknown;
    requestId?: unknown;
    code?: unknown;
  } | null;
}

/**
 * The message to show a user for any error, in the reader's language: the server's
 * user message (translated when the catalog knows it), never a stack or [object Object].
 */
export function userMessageOf(error: unknown): string {
  if (!error) return '';
  const e = error as ErrorLike;
  if (typeof e.data?.userMessage === 'string' && e.data.userMessage)
    return translateServerMessage(e.data.userMessage, codeOf(e));
  if (e.message === 'Failed to fetch' || e.message === 'NetworkError when attempting to fetch resource.')
    return i18n.t('errors.offline');
  if (typeof e.message === 'string' && e.message && !e.message.startsWith('Unable to transform'))
    return translateServerMessage(e.message, codeOf(e));
  return i18n.t('errors.generic');
}

function codeOf(e: ErrorLike): string | undefined {
  return typeof e.data?.code === 'string' ? e.data.code : undefined;
}

/** Field messages by field path, for showing under each input, in the reader's language. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const fields = (error as ErrorLike | null)?.data?.fields ?? [];
  const out: Record<string, string> = {};
  for (const field of fields) out[field.path] ??= translateServerMessage(field.message, 'BAD_REQUEST');
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
