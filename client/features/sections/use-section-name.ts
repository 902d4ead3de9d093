import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../../shared/i18n/languages';
import { type SectionNames, sectionNameIn } from '../../../shared/sections/names';

/** A story's section name in the reader's language, with its `lang`; the public site stays Bengali. */
export function useSectionName() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'bn';
  return useCallback((names: SectionNames) => sectionNameIn(language, names), [language]);
}
