import type { AuditWords } from '../../../shared/audit/describe';
import type { Language } from '../../../shared/i18n/languages';
import { i18n } from '../../i18n';

/**
 * Whether the reader's catalog has a text (not a group) at `key`. Every language has the
 * English shape, so asking the loaded one is enough (the other may not be downloaded).
 */
export function catalogHasText(key: string, language: Language): boolean {
  return typeof i18n.getResource(language, 'translation', key) === 'string';
}

/** The audit log's words from a translate function and the reader's date style. */
export function auditWords(
  t: (key: string, params?: Record<string, unknown>) => string,
  dateTime: (iso: string) => string,
  language: Language,
): AuditWords {
  return { t, has: (key) => catalogHasText(key, language), dateTime };
}
