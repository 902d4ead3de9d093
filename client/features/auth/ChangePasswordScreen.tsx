import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN } from '../../../shared/auth/schemas';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { fieldErrorsOf } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';

/** Own password; `forced` after signing in with a one-time password from an administrator. */
export function ChangePasswordScreen({ forced = false }: { forced?: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: () => {
        setCurrent('');
        setNew('');
        setConfirm('');
        return queryClient.invalidateQueries({ queryKey: trpc.auth.session.queryKey() });
      },
    }),
  );
  const fields = fieldErrorsOf(change.error);
  const mismatch = confirm.length > 0 && confirm !== newPassword ? t('auth.mismatch') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mismatch) change.mutate({ currentPassword, newPassword });
  };
  const form = (
    <form className={forced ? 'auth-card' : 'panel narrow'} onSubmit={submit} noValidate>
      <h1>{forced ? t('auth.account.forcedTitle') : t('auth.account.title')}</h1>
      <p>{forced ? t('auth.account.forcedIntro', { name: user.name }) : `${user.name} · ${user.email}`}</p>
      {!forced && (
        <section className="account-language" aria-labelledby="account-language">
          <h2 id="account-language">{t('auth.account.languageTitle')}</h2>
          <p className="muted">{t('auth.account.languageHint')}</p>
          <LanguageSwitch />
          <h2>{t('auth.account.passwordTitle')}</h2>
        </section>
      )}
      <ErrorBanner error={change.error} />
      {change.isSuccess && (
        <p className="success" role="status">
          {t('auth.account.changed')}
        </p>
      )}
      <Field
        label={forced ? t('auth.account.oneTime') : t('auth.account.current')}
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={(e) => setCurrent(e.target.value)}
        error={fields.currentPassword}
        required
      />
      <Field
        label={t('auth.account.newPassword')}
        type="password"
        autoComplete="new-password"
        hint={t('auth.passwordHint', { count: PASSWORD_MIN })}
        value={newPassword}
        onChange={(e) => setNew(e.target.value)}
        error={fields.newPassword}
        required
      />
      <Field
        label={t('auth.account.repeat')}
        type="password"
        autoComplete="new-password"
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        error={mismatch}
        required
      />
      <button type="submit" className="primary" disabled={change.isPending}>
        {t('auth.account.submit')}
      </button>
    </form>
  );
  return forced ? <main className="auth-page">{form}</main> : form;
}
