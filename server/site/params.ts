import { cleanText } from '../../shared/text';

/**
 * A public route's path or query parameter under the text rule, before any query
 * sees it: NFC (a Bengali slug typed in decomposed form finds its section), and null
 * for what no link of ours holds (NUL and other control characters, lone surrogates,
 * arrays from a repeated parameter, absurd lengths), which the route answers with a
 * 404 or 400 instead of handing it to PostgreSQL.
 */
export function publicParam(value: unknown, maxLength = 300): string | null {
  if (typeof value !== 'string' || value.length > maxLength) return null;
  const nfc = value.normalize('NFC');
  return cleanText(nfc) === nfc ? nfc : null;
}
