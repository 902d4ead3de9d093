import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/roles';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Field } from '../../components/Field';
import { fieldErrorsOf } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import type { AccountLinkNoticeData } from './AccountLinkNotice';

export function InviteUserForm({ onInvited }: { onInvited: (notice: AccountLinkNoticeData) => void }) {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const invite = useMutation(
    trpc.users.invite.mutationOptions({
      onSuccess: ({ user, link }) => {
        onInvited({ name: user.name, email: user.email, purpose: 'invite', ...link });
        setName('');
        setEmail('');
        return queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
      },
    }),
  );
  const fields = fieldErrorsOf(invite.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({ name, email, role });
  };
  return (
    <form className="panel inline-form" onSubmit={submit} noValidate aria-labelledby="invite-title">
      <h2 id="invite-title">{t('users.invite.title')}</h2>
      <ErrorBanner error={invite.error} />
      <div className="row">
        <Field
          label={t('common.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fields.name}
          required
        />
        <Field
          label={t('common.email')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fields.email}
          required
        />
        <div className="field">
          <label htmlFor="invite-role">{t('common.role')}</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary" disabled={invite.isPending}>
          {t('users.invite.submit')}
        </button>
      </div>
    </form>
  );
}
