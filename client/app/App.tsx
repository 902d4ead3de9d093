import { QueryClientProvider } from '@tanstack/react-query';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Router, useLocation } from 'wouter';
import { ErrorBanner } from '../components/ErrorBanner';
import { ChangePasswordScreen } from '../features/auth/ChangePasswordScreen';
import { SetPasswordScreen } from '../features/auth/SetPasswordScreen';
import { SetupScreen } from '../features/auth/SetupScreen';
import { SignInScreen } from '../features/auth/SignInScreen';
import { isLanguageLoaded, showLanguage } from '../i18n';
import { LiveProvider } from '../lib/live';
import { createQueryClient, createTrpcClient, TRPCProvider } from '../lib/trpc';
import { Layout } from './Layout';
import { SessionProvider, useSessionQuery } from './session';

function Gate() {
  const [location] = useLocation();
  // An invite or reset link works signed in or out (a colleague may share a computer).
  if (location === '/set-password') return <SetPasswordScreen />;
  return <SessionGate />;
}

function SessionGate() {
  const { t } = useTranslation();
  const session = useSessionQuery();
  const language = session.data?.user?.language;
  // The account's language wins on sign-in, on every device; before paint, so no screen flickers.
  // When its catalog is not downloaded yet, the loading line stays until it is (languageChanged
  // re-renders); only before the first screen, so a later change never unmounts open work.
  const shown = useRef(false);
  useLayoutEffect(() => {
    if (language) void showLanguage(language);
  }, [language]);
  const catalogPending = !shown.current && language !== undefined && !isLanguageLoaded(language);
  if (session.isPending || catalogPending) return <p className="page-loading">{t('app.loading')}</p>;
  if (session.isError) {
    return (
      <main className="auth-page">
        <ErrorBanner error={session.error} />
        <button type="button" onClick={() => session.refetch()}>
          {t('common.tryAgain')}
        </button>
      </main>
    );
  }
  const { user, needsSetup, timeZone } = session.data;
  if (needsSetup) return <SetupScreen />;
  if (!user) return <SignInScreen />;
  shown.current = true;
  return (
    <SessionProvider user={user} timeZone={timeZone}>
      <LiveProvider userId={user.id}>
        {user.mustChangePassword ? <ChangePasswordScreen forced /> : <Layout />}
      </LiveProvider>
    </SessionProvider>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(createTrpcClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <Router base="/admin">
          <Gate />
        </Router>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
