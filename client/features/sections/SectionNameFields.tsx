import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  return (
    <>
      <Field
        label={t('sections.nameBn')}
        lang="bn"
        value={value.nameBn}
        onChange={(e) => onChange({ ...value, nameBn: e.target.value })}
        error={errors.nameBn}
        autoFocus={autoFocus}
        required={required}
      />
      <Field
        label={t('sections.nameEn')}
        value={value.nameEn}
        onChange={(e) => onChange({ ...value, nameEn: e.target.value })}
        error={errors.nameEn}
        required={required}
      />
      <Field
        label={t('sections.slug')}
        hint={slugHint}
        value={value.slug}
        onChange={(e) => onChange({ ...value, slug: e.target.value })}
        error={errors.slug}
      />
    </>
  );
}
