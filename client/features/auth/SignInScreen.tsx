import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { fieldErrorsOf } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { forgetSignedOutWhileWorking, wasSignedOutWhileWorking } from './follow-rights';

export function SignInScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [signedOut] = useState(wasSignedOutWhileWorking);
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: () => {
        forgetSignedOutWhileWorking();
        return queryClient.invalidateQueries({ queryKey: trpc.auth.session.queryKey() });
      },
    }),
  );
  const fields = fieldErrorsOf(signIn.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password });
  };
  return (
    <main className="auth-page">
      <form className="auth-card" onSubmit={submit} noValidate>
        <LanguageSwitch />
        <h1>
          বার্তা <span>{t('auth.signIn.title')}</span>
        </h1>
        {signedOut && (
          <p className="notice" role="alert" data-testid="signed-out-why">
            {t('auth.signIn.signedOut')}
          </p>
        )}
        <ErrorBanner error={signIn.error} />
        <Field
          label={t('common.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fields.email}
          required
          autoFocus
        />
        <Field
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fields.password}
          required
        />
        <button type="submit" className="primary" disabled={signIn.isPending}>
          {signIn.isPending ? t('auth.signIn.pending') : t('auth.signIn.submit')}
        </button>
      </form>
    </main>
  );
}
