import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Router, useLocation } from 'wouter';
import { ErrorBanner } from '../components/ErrorBanner';
import { ChangePasswordScreen } from '../features/auth/ChangePasswordScreen';
import { SetPasswordScreen } from '../features/auth/SetPasswordScreen';
import { SetupScreen } from '../features/auth/SetupScreen';
import { SignInScreen } from '../features/auth/SignInScreen';
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
  const session = useSessionQuery();
  if (session.isPending) return <p className="page-loading">লোড হচ্ছে… Loading</p>;
  if (session.isError) {
    return (
      <main className="auth-page">
        <ErrorBanner error={session.error} />
        <button type="button" onClick={() => session.refetch()}>
          Try again
        </button>
      </main>
    );
  }
  const { user, needsSetup, timeZone } = session.data;
  if (needsSetup) return <SetupScreen />;
  if (!user) return <SignInScreen />;
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
