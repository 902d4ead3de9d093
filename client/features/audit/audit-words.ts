import type { AuditWords } from '../../../shared/audit/describe';
import { en } from '../../i18n/en';

/** Whether the catalog has a text (not a group) at `key`: every language has the English shape. */
export function catalogHasText(key: string): boolean {
  let node: unknown = en;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

/** The audit log's words from a translate function and the reader's date style. */
export function auditWords(
  t: (key: string, params?: Record<string, unknown>) => string,
  dateTime: (iso: string) => string,
): AuditWords {
  return { t, has: catalogHasText, dateTime };
}
