import { useTranslation } from 'react-i18next';
import type { SectionDraft } from '../../../shared/sections/schemas';

/** The starter sections at first run: rename, remove or add before saving; the order is the masthead's. */
export function StarterSectionsEditor({
  sections,
  onChange,
  errors,
}: {
  sections: SectionDraft[];
  onChange: (next: SectionDraft[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<SectionDraft>) =>
    onChange(sections.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  return (
    <fieldset className="starter-sections">
      <legend>{t('auth.setup.sections')}</legend>
      <p className="muted">{t('auth.setup.sectionsIntro')}</p>
      <ol>
        {sections.map((section, index) => {
          const error = errors[`sections.${index}.nameBn`] ?? errors[`sections.${index}.nameEn`];
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the index is their identity.
            <li key={index} data-testid="starter-section">
              <input
                aria-label={t('auth.setup.sectionBn', { n: index + 1 })}
                lang="bn"
                value={section.nameBn}
                onChange={(e) => set(index, { nameBn: e.target.value, slug: '' })}
              />
              <input
                aria-label={t('auth.setup.sectionEn', { n: index + 1 })}
                value={section.nameEn}
                onChange={(e) => set(index, { nameEn: e.target.value, slug: '' })}
              />
              <button
                type="button"
                aria-label={t('auth.setup.removeSection', { name: section.nameBn || index + 1 })}
                onClick={() => onChange(sections.filter((_, i) => i !== index))}
              >
                {t('common.remove')}
              </button>
              {error && <small className="field-error">{error}</small>}
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...sections, { nameBn: '', nameEn: '', slug: '' }])}>
        {t('auth.setup.addSection')}
      </button>
    </fieldset>
  );
}
