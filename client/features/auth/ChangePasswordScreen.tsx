import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { PASSWORD_MIN } from '../../../shared/auth/schemas';
import { useSession } from '../../app/session';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { fieldErrorsOf } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';

/** Own password; `forced` after signing in with a one-time password from an administrator. */
export function ChangePasswordScreen({ forced = false }: { forced?: boolean }) {
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
  const mismatch = confirm.length > 0 && confirm !== newPassword ? 'The two passwords differ.' : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mismatch) change.mutate({ currentPassword, newPassword });
  };
  const form = (
    <form className={forced ? 'auth-card' : 'panel narrow'} onSubmit={submit} noValidate>
      <h1>{forced ? 'Choose your password' : 'Your account'}</h1>
      <p>
        {forced
          ? `Welcome, ${user.name}. You signed in with a one-time password: choose your own to continue.`
          : `${user.name} · ${user.email}`}
      </p>
      <ErrorBanner error={change.error} />
      {change.isSuccess && (
        <p className="success" role="status">
          Password changed. Your other devices have been signed out.
        </p>
      )}
      <Field
        label={forced ? 'One-time password' : 'Current password'}
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        onChange={(e) => setCurrent(e.target.value)}
        error={fields.currentPassword}
        required
      />
      <Field
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        value={newPassword}
        onChange={(e) => setNew(e.target.value)}
        error={fields.newPassword}
        required
      />
      <Field
        label="Repeat new password"
        type="password"
        autoComplete="new-password"
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        error={mismatch}
        required
      />
      <button type="submit" className="primary" disabled={change.isPending}>
        Change password
      </button>
    </form>
  );
  return forced ? <main className="auth-page">{form}</main> : form;
}
