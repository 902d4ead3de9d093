import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPT_ATTRIBUTE, formatBytes, tooLargeMessage } from '../../../shared/media/limits';
import type { MediaItem } from '../../../shared/media/types';
import { translateServerMessage } from '../../i18n/server-messages';
import { userMessageOf } from '../../lib/errors';
import { useFormat } from '../../lib/use-format';
import { uploadMediaFile } from './upload-file';
import { useMediaLimits, useRefreshMedia } from './use-media';
import './media.css';

interface Entry {
  key: string;
  file: File;
  progress: number;
  state: 'waiting' | 'uploading' | 'done' | 'error';
  message: string;
  media?: MediaItem;
}

interface UploadDropzoneProps {
  /** Called once for each file the server accepted (or already had). */
  onUploaded?: (media: MediaItem, info: { duplicate: boolean }) => void;
  /** Several files at once (default) or one. */
  multiple?: boolean;
  /** Also take images pasted anywhere on the page (not into a text field). */
  pasteAnywhere?: boolean;
  label?: string;
}

const PARALLEL = 2;

function pastedName(file: File, index: number): File {
  // Clipboard images are all called "image.png": give each a name the list can tell apart.
  if (file.name && file.name !== 'image.png') return file;
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const ext = file.type.split('/')[1] ?? 'png';
  return new File([file], `pasted-${stamp}${index ? `-${index}` : ''}.${ext}`, { type: file.type });
}

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)));
}

/**
 * Drop, paste or pick images; each file gets its own progress bar and, when
 * refused, the server's reason. Used by the media library and the story editor.
 */
export function UploadDropzone({
  onUploaded,
  multiple = true,
  pasteAnywhere = false,
  label,
}: UploadDropzoneProps) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const limits = useMediaLimits();
  const refresh = useRefreshMedia();
  const running = useRef(0);
  const queue = useRef<Entry[]>([]);
  const onUploadedRef = useRef(onUploaded);
  onUploadedRef.current = onUploaded;
  const hintId = useId();
  const { t } = useTranslation();
  const format = useFormat();

  const patch = useCallback((key: string, change: Partial<Entry>) => {
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...change } : e)));
  }, []);

  const pump = useCallback(() => {
    while (running.current < PARALLEL && queue.current.length > 0) {
      const entry = queue.current.shift()!;
      running.current++;
      patch(entry.key, { state: 'uploading' });
      uploadMediaFile(entry.file, (progress) => patch(entry.key, { progress }))
        .then(({ media, duplicate }) => {
          patch(entry.key, {
            state: 'done',
            progress: 1,
            media,
            message: duplicate ? t('media.upload.duplicate') : t('media.upload.done'),
          });
          onUploadedRef.current?.(media, { duplicate });
          void refresh();
        })
        .catch((error: unknown) => patch(entry.key, { state: 'error', message: userMessageOf(error) }))
        .finally(() => {
          running.current--;
          pump();
        });
    }
  }, [patch, refresh, t]);

  const addFiles = useCallback(
    (files: File[]) => {
      const chosen = multiple ? files : files.slice(0, 1);
      const max = limits.data?.maxUploadBytes;
      const added: Entry[] = chosen.map((file, i) => {
        const key = `${Date.now()}-${i}-${file.name}`;
        if (file.size === 0)
          return {
            key,
            file,
            progress: 0,
            state: 'error',
            message: t('media.upload.empty', { name: file.name }),
          };
        if (max && file.size > max)
          return {
            key,
            file,
            progress: 0,
            state: 'error',
            message: translateServerMessage(tooLargeMessage(file.name, file.size, max), 'PAYLOAD_TOO_LARGE'),
          };
        return { key, file, progress: 0, state: 'waiting', message: '' };
      });
      setEntries((list) => [...added, ...(multiple ? list : [])].slice(0, 50));
      queue.current.push(...added.filter((e) => e.state === 'waiting'));
      pump();
    },
    [limits.data, multiple, pump, t],
  );

  useEffect(() => {
    if (!pasteAnywhere) return;
    const onPaste = (event: ClipboardEvent) => {
      if (isEditable(event.target)) return;
      const files = Array.from(event.clipboardData?.files ?? []);
      if (files.length === 0) return;
      event.preventDefault();
      addFiles(files.map(pastedName));
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [pasteAnywhere, addFiles]);

  return (
    <div className="upload">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop target; the button inside is the keyboard path */}
      <div
        className={dragging ? 'dropzone dragging' : 'dropzone'}
        data-testid="media-dropzone"
        onDragOver={(e) => {
          if (!Array.from(e.dataTransfer.types).includes('Files')) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          addFiles(Array.from(e.dataTransfer.files));
        }}
        onPaste={(e) => {
          const files = Array.from(e.clipboardData.files);
          if (files.length === 0) return;
          e.preventDefault();
          e.stopPropagation();
          addFiles(files.map(pastedName));
        }}
      >
        <p>
          {label ?? (multiple ? t('media.upload.dropMany') : t('media.upload.dropOne'))}{' '}
          <button type="button" onClick={() => inputRef.current?.click()} aria-describedby={hintId}>
            {multiple ? t('media.upload.chooseFiles') : t('media.upload.chooseFile')}
          </button>
        </p>
        <small id={hintId} className="muted">
          {limits.data
            ? t('media.upload.acceptedUpTo', { size: format.digits(formatBytes(limits.data.maxUploadBytes)) })
            : t('media.upload.accepted')}
        </small>
        <input
          ref={inputRef}
          type="file"
          accept={ACCEPT_ATTRIBUTE}
          multiple={multiple}
          hidden
          data-testid="media-file-input"
          onChange={(e) => {
            addFiles(Array.from(e.target.files ?? []));
            e.target.value = '';
          }}
        />
      </div>
      {entries.length > 0 && (
        <ul className="upload-list" aria-label={t('media.upload.list')}>
          {entries.map((entry) => (
            <li key={entry.key} className={`upload-item ${entry.state}`}>
              <span className="upload-name">{entry.file.name}</span>
              {entry.state === 'error' ? (
                <span className="field-error" role="alert">
                  {entry.message}
                </span>
              ) : (
                <>
                  <progress
                    max={1}
                    value={entry.progress}
                    aria-label={t('media.upload.uploadOf', { name: entry.file.name })}
                  />
                  <span className="muted" role="status">
                    {entry.state === 'waiting'
                      ? t('media.upload.waiting')
                      : entry.state === 'uploading'
                        ? entry.progress < 1
                          ? t('media.upload.percent', {
                              percent: format.digits(Math.round(entry.progress * 100)),
                            })
                          : t('media.upload.processing')
                        : entry.message}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
