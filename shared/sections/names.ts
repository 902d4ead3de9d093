import type { Language } from '../i18n/languages';

/** A section's name as a dashboard list sends it: the Bengali one always, the English one beside it. */
export interface SectionNames {
  sectionName: string | null;
  sectionNameEn?: string | null;
}

/**
 * The section's name in the reader's language, with the language it is written in
 * (for `lang=`). English falls back to the Bengali name when a section has none.
 */
export function sectionNameIn(
  language: Language,
  names: SectionNames,
): { name: string; lang: Language } | null {
  const en = names.sectionNameEn?.trim();
  if (language === 'en' && en) return { name: en, lang: 'en' };
  return names.sectionName ? { name: names.sectionName, lang: 'bn' } : null;
}
