import { Field } from '../../components/Field';

export interface SectionNames {
  nameBn: string;
  nameEn: string;
  slug: string;
}

/**
 * A section's Bengali name, English name and slug, as the new-section and rename
 * forms both ask for them; field errors come from the server's answer.
 */
export function SectionNameFields({
  value,
  onChange,
  errors,
  slugHint,
  autoFocus = false,
  required = false,
}: {
  value: SectionNames;
  onChange: (next: SectionNames) => void;
  errors: Partial<Record<string, string>>;
  slugHint: string;
  autoFocus?: boolean;
  required?: boolean;
}) {
  return (
    <>
      <Field
        label="Bengali name"
        lang="bn"
        value={value.nameBn}
        onChange={(e) => onChange({ ...value, nameBn: e.target.value })}
        error={errors.nameBn}
        autoFocus={autoFocus}
        required={required}
      />
      <Field
        label="English name"
        value={value.nameEn}
        onChange={(e) => onChange({ ...value, nameEn: e.target.value })}
        error={errors.nameEn}
        required={required}
      />
      <Field
        label="Slug"
        hint={slugHint}
        value={value.slug}
        onChange={(e) => onChange({ ...value, slug: e.target.value })}
        error={errors.slug}
      />
    </>
  );
}
