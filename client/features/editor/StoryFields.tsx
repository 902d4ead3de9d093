import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { slugify } from '../../../shared/bn';
import { onBijoyPaste } from '../../lib/bijoy-paste';
import { useTRPC } from '../../lib/trpc';
import { useCaretKeeper } from '../collab/use-caret-keeper';
import type { StoryFields as Fields } from './story-content';

interface Props {
  fields: Fields;
  /** The slug the server holds now (shown while the slug follows the headline). */
  currentSlug: string;
  readOnly: boolean;
  errors: Record<string, string>;
  onChange: (patch: Partial<Fields>) => void;
  /** Where the media issue's lead-image picker goes. */
  leadImage?: ReactNode;
}

function Labelled({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string;
  hint?: ReactNode;
  children: (id: string, describedBy?: string) => ReactNode;
}) {
  const id = useId();
  const describedBy = [error ? `${id}-e` : '', hint ? `${id}-h` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id, describedBy)}
      {hint && (
        <small id={`${id}-h`} className="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-e`} className="field-error">
          {error}
        </small>
      )}
    </div>
  );
}

/** Every story field except the body. Headline and summary are plain text. */
export function StoryFields({ fields, currentSlug, readOnly, errors, onChange, leadImage }: Props) {
  const trpc = useTRPC();
  const sections = useQuery(trpc.sections.list.queryOptions());
  const directory = useQuery(trpc.users.directory.queryOptions());
  const [tagDraft, setTagDraft] = useState('');
  const staff = directory.data ?? [];
  const nameOf = (id: string) => staff.find((u) => u.id === id)?.name ?? '…';
  const addTag = (value: string) => {
    const tag = value.trim();
    if (tag && !fields.tags.includes(tag)) onChange({ tags: [...fields.tags, tag] });
    setTagDraft('');
  };
  const { t } = useTranslation();
  const autoSlug = fields.slug === '';
  // Co-edited fields: someone else's typing leaves this person's caret where it was.
  const kickerRef = useCaretKeeper<HTMLInputElement>(fields.kicker);
  const headlineRef = useCaretKeeper<HTMLInputElement>(fields.headline);
  const summaryRef = useCaretKeeper<HTMLTextAreaElement>(fields.summary);

  return (
    <fieldset className="story-fields" disabled={readOnly}>
      <legend className="visually-hidden">{t('editor.fields.legend')}</legend>
      <div className="row">
        <Labelled label={t('editor.fields.section')} error={errors.sectionId}>
          {(id) => (
            <select
              id={id}
              value={fields.sectionId ?? ''}
              onChange={(e) => onChange({ sectionId: e.target.value || null })}
            >
              <option value="">{t('editor.fields.noSection')}</option>
              {sections.data?.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.nameBn} ({s.nameEn})
                </option>
              ))}
            </select>
          )}
        </Labelled>
        <Labelled label={t('editor.fields.kicker')} error={errors.kicker}>
          {(id, d) => (
            <input
              id={id}
              ref={kickerRef}
              aria-describedby={d}
              lang="bn"
              value={fields.kicker}
              onChange={(e) => onChange({ kicker: e.target.value })}
              onPaste={onBijoyPaste}
            />
          )}
        </Labelled>
      </div>
      <Labelled label={t('editor.fields.headline')} error={errors.headline}>
        {(id, d) => (
          <input
            id={id}
            ref={headlineRef}
            className="headline-input"
            lang="bn"
            aria-describedby={d}
            aria-invalid={errors.headline ? true : undefined}
            value={fields.headline}
            onChange={(e) => onChange({ headline: e.target.value })}
            onPaste={onBijoyPaste}
          />
        )}
      </Labelled>
      <Labelled label={t('editor.fields.summary')} error={errors.summary}>
        {(id, d) => (
          <textarea
            id={id}
            ref={summaryRef}
            lang="bn"
            rows={3}
            aria-describedby={d}
            value={fields.summary}
            onChange={(e) => onChange({ summary: e.target.value })}
            onPaste={onBijoyPaste}
          />
        )}
      </Labelled>
      <div className="row">
        <Labelled
          label={t('editor.fields.byline')}
          error={errors.byline}
          hint={t('editor.fields.bylineHint')}
        >
          {(id, d) => (
            <input
              id={id}
              lang="bn"
              aria-describedby={d}
              value={fields.byline}
              onChange={(e) => onChange({ byline: e.target.value })}
            />
          )}
        </Labelled>
        <Labelled label={t('editor.fields.authors')} error={errors.authorIds}>
          {(id) => (
            <div className="chips">
              {fields.authorIds.map((authorId) => (
                <span key={authorId} className="chip">
                  {nameOf(authorId)}
                  {!readOnly && (
                    <button
                      type="button"
                      aria-label={t('editor.fields.removeAuthor', { name: nameOf(authorId) })}
                      onClick={() => onChange({ authorIds: fields.authorIds.filter((a) => a !== authorId) })}
                    >
                      ×
                    </button>
                  )}
                </span>
              ))}
              <select
                id={id}
                value=""
                onChange={(e) =>
                  e.target.value && onChange({ authorIds: [...fields.authorIds, e.target.value] })
                }
              >
                <option value="">{t('editor.fields.addAuthor')}</option>
                {staff
                  .filter((u) => u.active && !fields.authorIds.includes(u.id))
                  .map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
              </select>
            </div>
          )}
        </Labelled>
      </div>
      <Labelled label={t('editor.fields.tags')} error={errors.tags} hint={t('editor.fields.tagsHint')}>
        {(id, d) => (
          <div className="chips">
            {fields.tags.map((tag) => (
              <span key={tag} className="chip">
                {tag}
                {!readOnly && (
                  <button
                    type="button"
                    aria-label={t('editor.fields.removeTag', { tag })}
                    onClick={() => onChange({ tags: fields.tags.filter((other) => other !== tag) })}
                  >
                    ×
                  </button>
                )}
              </span>
            ))}
            <input
              id={id}
              lang="bn"
              aria-describedby={d}
              value={tagDraft}
              onChange={(e) => {
                const value = e.target.value;
                if (value.endsWith(',')) addTag(value.slice(0, -1));
                else setTagDraft(value);
              }}
              onKeyDown={(e) => {
                // Enter during IME composition picks a candidate; it does not end the tag.
                if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
                  e.preventDefault();
                  addTag(tagDraft);
                }
              }}
              onBlur={() => tagDraft && addTag(tagDraft)}
            />
          </div>
        )}
      </Labelled>
      {leadImage}
      <details className="seo">
        <summary>{t('editor.fields.seo')}</summary>
        <Labelled
          label={t('editor.fields.slug')}
          error={errors.slug}
          hint={
            autoSlug
              ? t('editor.fields.slugAuto', { slug: currentSlug || slugify(fields.headline) })
              : t('editor.fields.slugHand')
          }
        >
          {(id, d) => (
            <input
              id={id}
              aria-describedby={d}
              className="mono"
              value={fields.slug}
              placeholder={currentSlug || slugify(fields.headline)}
              onChange={(e) => onChange({ slug: e.target.value.toLowerCase() })}
            />
          )}
        </Labelled>
        <Labelled
          label={t('editor.fields.seoTitle')}
          error={errors.seoTitle}
          hint={t('editor.fields.seoTitleHint')}
        >
          {(id, d) => (
            <input
              id={id}
              lang="bn"
              aria-describedby={d}
              value={fields.seoTitle}
              onChange={(e) => onChange({ seoTitle: e.target.value })}
            />
          )}
        </Labelled>
        <Labelled
          label={t('editor.fields.seoDescription')}
          error={errors.seoDescription}
          hint={t('editor.fields.seoDescriptionHint')}
        >
          {(id, d) => (
            <textarea
              id={id}
              lang="bn"
              rows={2}
              aria-describedby={d}
              value={fields.seoDescription}
              onChange={(e) => onChange({ seoDescription: e.target.value })}
            />
          )}
        </Labelled>
      </details>
    </fieldset>
  );
}
