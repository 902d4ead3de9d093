import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { PASSWORD_MIN } from '../../../shared/auth/schemas';
import { type SectionDraft, STARTER_SECTIONS } from '../../../shared/sections/schemas';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { fieldErrorsOf } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { StarterSectionsEditor } from './StarterSectionsEditor';

/** First run: no account exists yet, so whoever installed Barta creates the administrator. */
export function SetupScreen() {
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
  const mismatch = confirm.length > 0 && confirm !== password ? 'The two passwords differ.' : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mismatch) return;
    setup.mutate({ name, email, password, sections });
  };
  return (
    <main className="auth-page">
      <form className="auth-card" onSubmit={submit} noValidate>
        <h1>
          বার্তা <span>Set up your newsroom</span>
        </h1>
        <p>
          Create the administrator account and the paper's sections. You can invite editors, managers and desk
          staff next.
        </p>
        <ErrorBanner error={setup.error} />
        <Field
          label="Your name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fields.name}
          required
          autoFocus
        />
        <Field
          label="Email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fields.email}
          required
        />
        <Field
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN} characters.`}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fields.password}
          required
        />
        <Field
          label="Repeat password"
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={mismatch}
          required
        />
        <StarterSectionsEditor sections={sections} onChange={setSections} errors={fields} />
        <button type="submit" className="primary" disabled={setup.isPending}>
          Create administrator
        </button>
      </form>
    </main>
  );
}
