import {
  httpBatchLink,
  httpLink,
  httpSubscriptionLink,
  isNonJsonSerializable,
  type Operation,
  splitLink,
  type TRPCLink,
} from '@trpc/client';
import type { AppRouter } from '../../server/trpc/router';

/**
 * Queries go as GET (cacheable, visible in logs), but a URL longer than a few
 * kilobytes is refused by servers and proxies (431/414): a 10,000-character Bengali
 * search is 90 kB once percent-encoded. Any query whose input would make the URL
 * longer than this goes by POST instead (the server allows the method override).
 */
export const MAX_GET_INPUT_CHARS = 2000;

/** True when the query's input, percent-encoded as a GET would send it, is too long for a URL. */
export function isLongInput(op: Pick<Operation, 'input'>): boolean {
  if (op.input === undefined || isNonJsonSerializable(op.input)) return false;
  const json = JSON.stringify(op.input) ?? '';
  // Cheap bound first: one UTF-16 unit is at most 9 encoded characters.
  if (json.length * 9 <= MAX_GET_INPUT_CHARS) return false;
  if (json.length > MAX_GET_INPUT_CHARS) return true;
  return encodeURIComponent(json).length > MAX_GET_INPUT_CHARS;
}

/**
 * Subscriptions over SSE; uploads (FormData) unbatched; queries with long inputs
 * batched by POST; everything else batched, with batches split before their URL
 * grows too long.
 */
export function trpcLinks(
  url: string,
  options: { headers?: () => Record<string, string>; EventSource?: typeof EventSource } = {},
): TRPCLink<AppRouter>[] {
  const { headers } = options;
  return [
    splitLink({
      condition: (op) => op.type === 'subscription',
      true: httpSubscriptionLink({ url, EventSource: options.EventSource }),
      false: splitLink({
        condition: (op) => isNonJsonSerializable(op.input),
        true: httpLink({ url, headers }),
        false: splitLink({
          condition: (op) => op.type === 'query' && isLongInput(op),
          true: httpBatchLink({ url, headers, methodOverride: 'POST' }),
          false: httpBatchLink({ url, headers, maxURLLength: MAX_GET_INPUT_CHARS * 2 }),
        }),
      }),
    }),
  ];
}
