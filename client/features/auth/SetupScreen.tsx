import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN } from '../../../shared/auth/schemas';
import { isLanguage } from '../../../shared/i18n/languages';
import { type SectionDraft, STARTER_SECTIONS } from '../../../shared/sections/schemas';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { fieldErrorsOf } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { StarterSectionsEditor } from './StarterSectionsEditor';

/** First run: no account exists yet, so whoever installed Barta creates the administrator. */
export function SetupScreen() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [sections, setSections] = useState<SectionDraft[]>(() => STARTER_SECTIONS.map((s) => ({ ...s })));
  const setup = useMutation(
    trpc.auth.setup.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.auth.session.queryKey() }),
    }),
  );
  const fields = fieldErrorsOf(setup.error);
  const mismatch = confirm.length > 0 && confirm !== password ? t('auth.mismatch') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mismatch) return;
    setup.mutate({
      name,
      email,
      password,
      sections,
      language: isLanguage(i18n.language) ? i18n.language : 'bn',
    });
  };
  return (
    <main className="auth-page">
      <form className="auth-card" onSubmit={submit} noValidate>
        <LanguageSwitch />
        <h1>
          বার্তা <span>{t('auth.setup.title')}</span>
        </h1>
        <p>{t('auth.setup.intro')}</p>
        <ErrorBanner error={setup.error} />
        <Field
          label={t('auth.setup.yourName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fields.name}
          required
          autoFocus
        />
        <Field
          label={t('common.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fields.email}
          required
        />
        <Field
          label={t('auth.password')}
          type="password"
          autoComplete="new-password"
          hint={t('auth.passwordHint', { count: PASSWORD_MIN })}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fields.password}
          required
        />
        <Field
          label={t('auth.setup.repeat')}
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={mismatch}
          required
        />
        <StarterSectionsEditor sections={sections} onChange={setSections} errors={fields} />
        <button type="submit" className="primary" disabled={setup.isPending}>
          {t('auth.setup.submit')}
        </button>
      </form>
    </main>
  );
}
