import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatCaptionLine } from '../../../shared/media/credit';
import { formatBytes } from '../../../shared/media/limits';
import type { PhotoFileField } from '../../../shared/media/photo-fields';
import type { MediaItemWithUse } from '../../../shared/media/types';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { onBijoyPaste } from '../../lib/bijoy-paste';
import { fieldErrorsOf } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { useFormat } from '../../lib/use-format';
import { FocalPointPicker } from './FocalPointPicker';
import { useRefreshMedia } from './use-media';

interface MediaDetailsProps {
  item: MediaItemWithUse;
  onClose: () => void;
  onDeleted: () => void;
}

/** Edit one image's alt text, caption, credit, rights note and focal point; see where it is used; delete it. */
export function MediaDetails({ item: initial, onClose, onDeleted }: MediaDetailsProps) {
  const trpc = useTRPC();
  const { can } = useSession();
  const { t } = useTranslation();
  const format = useFormat();
  const refresh = useRefreshMedia();
  const fresh = useQuery({ ...trpc.media.get.queryOptions({ id: initial.id }), placeholderData: initial });
  const item = fresh.data ?? initial;
  const [form, setForm] = useState({
    alt: initial.alt,
    caption: initial.caption,
    credit: initial.credit,
    rightsNote: initial.rightsNote,
    creator: initial.creator,
    copyright: initial.copyright,
    source: initial.source,
    focalX: initial.focalX,
    focalY: initial.focalY,
  });
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.media.update.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        void refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.media.delete.mutationOptions({
      onSuccess: () => {
        void refresh();
        onDeleted();
      },
    }),
  );
  const errors = fieldErrorsOf(save.error);
  const editable = can('media.edit');
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) => {
    setSaved(false);
    setForm((f) => ({ ...f, [field]: event.target.value }));
  };
  // "From the file" until a person changes the text (here, or saved before).
  const fromFile = (field: PhotoFileField) => item.fromFile.includes(field) && form[field] === item[field];
  const fileProps = (field: PhotoFileField) => ({
    value: form[field],
    onChange: set(field),
    onPaste: onBijoyPaste,
    error: errors[field],
    disabled: !editable,
    fromFile: fromFile(field),
  });

  return (
    <aside className="media-details" aria-label={t('media.details.title')}>
      <div className="media-details-head">
        <h2>{t('media.details.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('media.details.close')}
        </button>
      </div>
      {editable ? (
        <FocalPointPicker
          item={item}
          x={form.focalX}
          y={form.focalY}
          onChange={({ x, y }) => {
            setSaved(false);
            setForm((f) => ({ ...f, focalX: x, focalY: y }));
          }}
        />
      ) : (
        <img className="media-preview" src={item.previewSrc} alt={item.alt} />
      )}
      <p className="muted">
        {item.originalName} ·{' '}
        {t('media.dimensions', { width: format.digits(item.width), height: format.digits(item.height) })} ·{' '}
        {format.digits(formatBytes(item.bytes))} ·{' '}
        {item.uploadedBy
          ? t('media.details.uploadedBy', {
              when: format.dateTime(item.createdAt),
              zone: format.zone(item.createdAt),
              name: item.uploadedBy.name,
            })
          : t('media.details.uploaded', {
              when: format.dateTime(item.createdAt),
              zone: format.zone(item.createdAt),
            })}
      </p>
      {item.status === 'processing' && (
        <p role="status">
          {t('media.details.makingSizes', {
            done: format.digits(item.progress.done),
            total: format.digits(item.progress.total),
          })}
        </p>
      )}
      {item.status === 'failed' && (
        <p className="field-error">{t('media.details.sizesFailed', { error: item.processingError })}</p>
      )}
      <form
        className="media-form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ id: item.id, ...form });
        }}
      >
        <TextArea
          label={t('media.details.alt')}
          value={form.alt}
          onChange={set('alt')}
          error={errors.alt}
          disabled={!editable}
          rows={2}
        />
        <TextArea label={t('media.details.caption')} rows={2} {...fileProps('caption')} />
        <TextArea label={t('media.details.credit')} rows={1} {...fileProps('credit')} />
        <TextArea label={t('media.details.creator')} rows={1} {...fileProps('creator')} />
        <TextArea label={t('media.details.copyright')} rows={1} {...fileProps('copyright')} />
        <TextArea label={t('media.details.source')} rows={1} {...fileProps('source')} />
        <TextArea
          label={t('media.details.rightsNote')}
          value={form.rightsNote}
          onChange={set('rightsNote')}
          error={errors.rightsNote}
          disabled={!editable}
          rows={2}
        />
        <p className="caption-preview">
          <span className="muted">{t('media.details.onThePage')}</span>
          {formatCaptionLine(form.caption, form.credit) || (
            <em className="muted">{t('media.details.noCaption')}</em>
          )}
        </p>
        <ErrorBanner error={save.error} />
        {editable && (
          <div className="actions">
            <button type="submit" className="primary" disabled={save.isPending}>
              {save.isPending ? t('media.details.saving') : t('media.details.save')}
            </button>
            {saved && <span role="status">{t('media.details.saved')}</span>}
          </div>
        )}
      </form>
      <section aria-label={t('media.details.usedIn')}>
        <h3>{t('media.details.usedIn')}</h3>
        {item.usedIn.length === 0 ? (
          <p className="muted">{t('media.details.unused')}</p>
        ) : (
          <ul>
            {item.usedIn.map((use) => (
              <li key={`${use.articleId}-${use.kind}`}>
                <Link href={`/stories/${use.articleId}`}>{use.headline || t('media.untitledStory')}</Link>{' '}
                <span className="muted">
                  ({use.kind === 'lead' ? t('media.details.asLead') : t('media.details.inText')})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {can('media.delete') && (
        <div className="danger">
          <ErrorBanner error={remove.error} />
          <button
            type="button"
            onClick={() => {
              if (window.confirm(t('media.details.confirmDelete'))) {
                remove.mutate({ id: item.id });
              }
            }}
            disabled={remove.isPending}
          >
            {t('media.details.delete')}
          </button>
        </div>
      )}
    </aside>
  );
}

function TextArea({
  label,
  error,
  fromFile,
  ...props
}: {
  label: string;
  error?: string;
  fromFile?: boolean;
} & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { t } = useTranslation();
  return (
    <label className="field">
      <span>
        {label}
        {fromFile && (
          <span className="from-file" title={t('media.details.fromFileTitle')}>
            {' '}
            {t('media.details.fromFile')}
          </span>
        )}
      </span>
      <textarea aria-invalid={error ? true : undefined} {...props} />
      {error && <small className="field-error">{error}</small>}
    </label>
  );
}
