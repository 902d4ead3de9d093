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
  const set = (index: number, patch: Partial<SectionDraft>) =>
    onChange(sections.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  return (
    <fieldset className="starter-sections">
      <legend>Sections</legend>
      <p className="muted">
        The sections of your paper, in masthead order. Edit them now or later on the Sections screen.
      </p>
      <ol>
        {sections.map((section, index) => {
          const error = errors[`sections.${index}.nameBn`] ?? errors[`sections.${index}.nameEn`];
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; the index is their identity.
            <li key={index} data-testid="starter-section">
              <input
                aria-label={`Section ${index + 1}, Bengali name`}
                lang="bn"
                value={section.nameBn}
                onChange={(e) => set(index, { nameBn: e.target.value, slug: '' })}
              />
              <input
                aria-label={`Section ${index + 1}, English name`}
                value={section.nameEn}
                onChange={(e) => set(index, { nameEn: e.target.value, slug: '' })}
              />
              <button
                type="button"
                aria-label={`Remove section ${section.nameBn || index + 1}`}
                onClick={() => onChange(sections.filter((_, i) => i !== index))}
              >
                Remove
              </button>
              {error && <small className="field-error">{error}</small>}
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...sections, { nameBn: '', nameEn: '', slug: '' }])}>
        Add a section
      </button>
    </fieldset>
  );
}
