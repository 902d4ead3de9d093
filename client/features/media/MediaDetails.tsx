import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { zoneLabel } from '../../../shared/bn/dates';
import { formatCaptionLine } from '../../../shared/media/credit';
import { formatBytes } from '../../../shared/media/limits';
import type { PhotoFileField } from '../../../shared/media/photo-fields';
import type { MediaItemWithUse } from '../../../shared/media/types';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { onBijoyPaste } from '../../lib/bijoy-paste';
import { fieldErrorsOf } from '../../lib/errors';
import { formatNewsroomTime } from '../../lib/time';
import { useTRPC } from '../../lib/trpc';
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
  const { can, timeZone } = useSession();
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
    <aside className="media-details" aria-label="Image details">
      <div className="media-details-head">
        <h2>Image details</h2>
        <button type="button" onClick={onClose}>
          Close
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
        {item.originalName} · {item.width} × {item.height} · {formatBytes(item.bytes)} · uploaded{' '}
        {formatNewsroomTime(item.createdAt, timeZone)} ({zoneLabel(timeZone)})
        {item.uploadedBy ? ` by ${item.uploadedBy.name}` : ''}
      </p>
      {item.status === 'processing' && (
        <p role="status">
          Making sizes: {item.progress.done} of {item.progress.total}
        </p>
      )}
      {item.status === 'failed' && (
        <p className="field-error">Some sizes could not be made: {item.processingError}</p>
      )}
      <form
        className="media-form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ id: item.id, ...form });
        }}
      >
        <TextArea
          label="Alt text (what the picture shows, for readers who cannot see it)"
          value={form.alt}
          onChange={set('alt')}
          error={errors.alt}
          disabled={!editable}
          rows={2}
        />
        <TextArea label="Caption" rows={2} {...fileProps('caption')} />
        <TextArea label="Credit line (shown as ছবি : …, e.g. সংগৃহীত)" rows={1} {...fileProps('credit')} />
        <TextArea label="Photographer (creator)" rows={1} {...fileProps('creator')} />
        <TextArea
          label="Copyright notice (kept inside the image files)"
          rows={1}
          {...fileProps('copyright')}
        />
        <TextArea label="Source (agency or supplier)" rows={1} {...fileProps('source')} />
        <TextArea
          label="Source and rights note (not published)"
          value={form.rightsNote}
          onChange={set('rightsNote')}
          error={errors.rightsNote}
          disabled={!editable}
          rows={2}
        />
        <p className="caption-preview">
          <span className="muted">On the page: </span>
          {formatCaptionLine(form.caption, form.credit) || <em className="muted">no caption</em>}
        </p>
        <ErrorBanner error={save.error} />
        {editable && (
          <div className="actions">
            <button type="submit" className="primary" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save'}
            </button>
            {saved && <span role="status">Saved.</span>}
          </div>
        )}
      </form>
      <section aria-label="Used in">
        <h3>Used in</h3>
        {item.usedIn.length === 0 ? (
          <p className="muted">No story uses this image.</p>
        ) : (
          <ul>
            {item.usedIn.map((use) => (
              <li key={`${use.articleId}-${use.kind}`}>
                <Link href={`/stories/${use.articleId}`}>{use.headline || 'Untitled story'}</Link>{' '}
                <span className="muted">({use.kind === 'lead' ? 'lead image' : 'in the text'})</span>
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
              if (window.confirm('Delete this image from the library? This cannot be undone.')) {
                remove.mutate({ id: item.id });
              }
            }}
            disabled={remove.isPending}
          >
            Delete image
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
  return (
    <label className="field">
      <span>
        {label}
        {fromFile && (
          <span className="from-file" title="Read from the photo's IPTC/XMP data; edit it to make it yours">
            {' '}
            from the file
          </span>
        )}
      </span>
      <textarea aria-invalid={error ? true : undefined} {...props} />
      {error && <small className="field-error">{error}</small>}
    </label>
  );
}
