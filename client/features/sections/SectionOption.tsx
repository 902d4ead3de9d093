import { useSectionName } from './use-section-name';

/** A section in a menu of sections, named in the reader's language. */
export function SectionOption({
  section,
}: {
  section: { id: string; nameBn: string; nameEn: string | null };
}) {
  const named = useSectionName()({ sectionName: section.nameBn, sectionNameEn: section.nameEn });
  return (
    <option value={section.id} lang={named?.lang}>
      {named?.name ?? section.nameBn}
    </option>
  );
}
