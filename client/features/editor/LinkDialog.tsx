import type { Editor } from '@tiptap/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedHref } from '../../../shared/editor';

/** `www.example.com` means https; everything else must already be an allowed address. */
export function normalizeHref(raw: string): string {
  const value = raw.trim();
  if (/^www\./i.test(value)) return `https://${value}`;
  if (/^[^\s:/@]+@[^\s:/@]+\.[^\s:/@]+$/.test(value)) return `mailto:${value}`;
  return value;
}

/** Add, change or remove the link on the selected text. */
export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const id = useId();
  const [href, setHref] = useState<string>(() => editor.getAttributes('link').href ?? '');
  const { t } = useTranslation();
  const [error, setError] = useState('');
  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = normalizeHref(href);
    if (!isAllowedHref(value)) {
      setError(
        /^\s*(javascript|data|vbscript):/i.test(value)
          ? `${t('editor.link.script')} ${t('editor.link.refused')}`
          : t('editor.link.refused'),
      );
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain
        .insertContent({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href: value } }] })
        .run();
    } else {
      chain.setLink({ href: value }).run();
    }
    onClose();
  };
  return (
    <div className="link-dialog" role="dialog" aria-modal="false" aria-labelledby={`${id}-title`}>
      <form onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && close()}>
        <label id={`${id}-title`} htmlFor={`${id}-href`}>
          {t('editor.link.address')}
        </label>
        <input
          id={`${id}-href`}
          autoFocus
          value={href}
          placeholder="https://… · mailto:… · /article/…"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setHref(e.target.value);
            setError('');
          }}
        />
        <button type="submit" className="primary">
          {t('editor.link.apply')}
        </button>
        {editor.isActive('link') && (
          <button
            type="button"
            onClick={() => {
              editor.chain().focus().extendMarkRange('link').unsetLink().run();
              onClose();
            }}
          >
            {t('editor.link.remove')}
          </button>
        )}
        <button type="button" onClick={close}>
          {t('editor.link.cancel')}
        </button>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
