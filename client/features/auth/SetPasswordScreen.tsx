import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { PASSWORD_MIN } from '../../../shared/auth/schemas';
import { isLanguage } from '../../../shared/i18n/languages';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { fieldErrorsOf } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';

/** The secret of an invite or reset link travels in the fragment: /admin/set-password#<token>. */
function tokenFromAddress(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, ''));
}

/** Opened from an invite or reset link: the colleague chooses a password and is signed in. */
export function SetPasswordScreen() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [token] = useState(tokenFromAddress);
  const [password, setPassword] = useState('');
  const [show, setShow] = useState(false);
  const link = useQuery({ ...trpc.auth.accountLink.queryOptions({ token }), retry: false });
  const save = useMutation(
    trpc.auth.setPasswordWithLink.mutationOptions({
      onSuccess: async () => {
        window.history.replaceState(null, '', window.location.pathname);
        await queryClient.invalidateQueries({ queryKey: trpc.auth.session.queryKey() });
        navigate('/', { replace: true });
      },
    }),
  );
  const fields = fieldErrorsOf(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ token, password, language: isLanguage(i18n.language) ? i18n.language : undefined });
  };
  const invite = link.data?.purpose === 'invite';
  return (
    <main className="auth-page">
      <form className="auth-card" onSubmit={submit} noValidate>
        <LanguageSwitch />
        <h1>
          বার্তা <span>{invite ? t('auth.link.welcome') : t('auth.link.reset')}</span>
        </h1>
        {link.isPending && <p>{t('auth.link.checking')}</p>}
        <ErrorBanner error={link.error ?? save.error} />
        {link.data && (
          <>
            <p>
              {link.data.name} · {link.data.email}
            </p>
            <input type="email" hidden readOnly autoComplete="username" value={link.data.email} />
            <Field
              label={invite ? t('auth.link.choose') : t('auth.link.newPassword')}
              type={show ? 'text' : 'password'}
              autoComplete="new-password"
              hint={t('auth.passwordHint', { count: PASSWORD_MIN })}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              error={fields.password}
              required
              autoFocus
            />
            <label className="checkbox">
              <input type="checkbox" checked={show} onChange={(e) => setShow(e.target.checked)} />{' '}
              {t('auth.showPassword')}
            </label>
            <button type="submit" className="primary" disabled={save.isPending}>
              {invite ? t('auth.link.submitInvite') : t('auth.link.submitReset')}
            </button>
          </>
        )}
        {link.isError && (
          <p>
            <a href="/admin">{t('auth.link.toSignIn')}</a>
          </p>
        )}
      </form>
    </main>
  );
}
