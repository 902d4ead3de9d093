import { CREDIT_PREFIX } from '../editor/credit-prefix';

/**
 * Caption and credit as the paper prints them under a picture:
 * `ইলন মাস্ক। ছবি : সংগৃহীত`. Either may be empty.
 */
export function formatCaptionLine(caption: string, credit: string): string {
  const c = caption.trim();
  const by = credit.trim();
  if (!by) return c;
  return c ? `${c} ${CREDIT_PREFIX}${by}` : `${CREDIT_PREFIX}${by}`;
}
