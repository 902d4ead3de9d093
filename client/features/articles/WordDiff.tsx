import { useTranslation } from 'react-i18next';
import type { DiffPart } from './revision-diff';

/** One field's word-level differences: inserted words marked, removed ones struck through. */
export function WordDiff({
  label,
  parts,
  hideUnchanged = false,
}: {
  label: string;
  parts: DiffPart[];
  /** Leave the field out when nothing changed (the live-story banner); else say "(no change)". */
  hideUnchanged?: boolean;
}) {
  const { t } = useTranslation();
  const changed = parts.some((p) => p.kind !== 'same');
  if (!changed && hideUnchanged) return null;
  return (
    <div className="diff-field">
      <h4>
        {label} {!changed && <span className="muted">{t('articles.revisions.noChange')}</span>}
      </h4>
      <p lang="bn" className="diff">
        {parts.map((part, i) =>
          part.kind === 'added' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity but their order
            <ins key={i}>{part.text}</ins>
          ) : part.kind === 'removed' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            <del key={i}>{part.text}</del>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above
            <span key={i}>{part.text}</span>
          ),
        )}
      </p>
    </div>
  );
}
