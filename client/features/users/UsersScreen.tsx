import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../shared/roles';
import { useSession } from '../../app/session';
import { basicColumnHelper, DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useTRPC } from '../../lib/trpc';
import { AccountLinkNotice, type AccountLinkNoticeData } from './AccountLinkNotice';
import { InviteUserForm } from './InviteUserForm';

interface UserRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
}

const helper = basicColumnHelper<UserRow>();

export function UsersScreen() {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { user: me } = useSession();
  const users = useQuery(trpc.users.list.queryOptions());
  const [notice, setNotice] = useState<AccountLinkNoticeData | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
  const changeRole = useMutation(trpc.users.changeRole.mutationOptions({ onSettled: refresh }));
  const setActive = useMutation(trpc.users.setActive.mutationOptions({ onSettled: refresh }));
  const resetPassword = useMutation(trpc.users.resetPassword.mutationOptions({ onSettled: refresh }));
  const actionError = changeRole.error ?? setActive.error ?? resetPassword.error;

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('name', { header: t('common.name') }),
        helper.accessor('email', { header: t('common.email') }),
        helper.accessor('role', {
          header: t('common.role'),
          cell: ({ row }) => (
            <select
              aria-label={t('users.roleOf', { name: row.original.name })}
              value={row.original.role}
              disabled={row.original.id === me.id}
              onChange={(e) => changeRole.mutate({ userId: row.original.id, role: e.target.value as Role })}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          ),
        }),
        helper.accessor('active', {
          header: t('common.status'),
          cell: ({ row }) =>
            !row.original.active
              ? t('users.deactivated')
              : row.original.mustChangePassword
                ? t('users.invited')
                : t('users.active'),
        }),
        helper.display({
          id: 'actions',
          header: t('common.actions'),
          cell: ({ row }) => {
            const u = row.original;
            if (u.id === me.id) return <span className="muted">{t('users.you')}</span>;
            return (
              <span className="actions">
                <button
                  type="button"
                  onClick={() => {
                    const question = u.active ? 'users.confirmDeactivate' : 'users.confirmReactivate';
                    if (window.confirm(t(question, { name: u.name }))) {
                      setActive.mutate({ userId: u.id, active: !u.active });
                    }
                  }}
                >
                  {u.active ? t('users.deactivate') : t('users.reactivate')}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    resetPassword.mutate(
                      { userId: u.id },
                      {
                        onSuccess: ({ link }) =>
                          setNotice({
                            name: u.name,
                            email: u.email,
                            purpose: u.mustChangePassword ? 'invite' : 'reset',
                            ...link,
                          }),
                      },
                    )
                  }
                >
                  {u.mustChangePassword ? t('users.newInviteLink') : t('users.resetLink')}
                </button>
              </span>
            );
          },
        }),
      ]),
    [me.id, changeRole, setActive, resetPassword, t],
  );

  return (
    <section>
      <h1>{t('users.title')}</h1>
      <InviteUserForm onInvited={setNotice} />
      {notice && <AccountLinkNotice link={notice} onDone={() => setNotice(null)} />}
      <ErrorBanner error={users.error ?? actionError} />
      {users.data && (
        <DataTable
          caption={t('users.caption')}
          columns={columns}
          data={users.data}
          getRowId={(u) => u.id}
          emptyMessage={t('users.empty')}
        />
      )}
    </section>
  );
}
