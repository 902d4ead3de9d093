import { useTranslation } from 'react-i18next';
import { translateServerMessage } from '../../i18n/server-messages';
import type { BodyUploadUpdate } from './figure-node';

// Two dropped files may share a name: each File object gets its own key.
const keys = new WeakMap<File, number>();
let lastKey = 0;
const keyOf = (file: File) => {
  if (!keys.has(file)) keys.set(file, ++lastKey);
  return keys.get(file);
};

export type BodyUpload = { file: File } & Exclude<BodyUploadUpdate, { state: 'done' }>;

/** Images dropped or pasted into the text: a progress bar while each uploads, its refusal after. */
export function BodyUploads({
  uploads,
  onDismiss,
}: {
  uploads: BodyUpload[];
  onDismiss: (file: File) => void;
}) {
  const { t } = useTranslation();
  if (uploads.length === 0) return null;
  return (
    <ul className="body-uploads" aria-label={t('editor.body.uploads')}>
      {uploads.map((entry) =>
        entry.state === 'uploading' ? (
          <li key={keyOf(entry.file)}>
            {entry.file.name}{' '}
            <progress
              max={1}
              value={entry.progress}
              aria-label={t('editor.body.uploadOf', { name: entry.file.name })}
            />{' '}
            {Math.round(entry.progress * 100)}%
          </li>
        ) : (
          <li key={keyOf(entry.file)} className="field-error" role="alert">
            {translateServerMessage(entry.message)}{' '}
            <button type="button" onClick={() => onDismiss(entry.file)}>
              {t('editor.body.dismiss')}
            </button>
          </li>
        ),
      )}
    </ul>
  );
}
