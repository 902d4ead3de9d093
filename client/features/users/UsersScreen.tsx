import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '../../../shared/roles';
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
        helper.accessor('name', { header: 'Name' }),
        helper.accessor('email', { header: 'Email' }),
        helper.accessor('role', {
          header: 'Role',
          cell: ({ row }) => (
            <select
              aria-label={`Role of ${row.original.name}`}
              value={row.original.role}
              disabled={row.original.id === me.id}
              onChange={(e) => changeRole.mutate({ userId: row.original.id, role: e.target.value as Role })}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          ),
        }),
        helper.accessor('active', {
          header: 'Status',
          cell: ({ row }) =>
            !row.original.active ? 'Deactivated' : row.original.mustChangePassword ? 'Invited' : 'Active',
        }),
        helper.display({
          id: 'actions',
          header: 'Actions',
          cell: ({ row }) => {
            const u = row.original;
            if (u.id === me.id) return <span className="muted">You</span>;
            return (
              <span className="actions">
                <button
                  type="button"
                  onClick={() => {
                    const verb = u.active ? 'Deactivate' : 'Reactivate';
                    if (
                      window.confirm(`${verb} ${u.name}?${u.active ? ' They are signed out at once.' : ''}`)
                    ) {
                      setActive.mutate({ userId: u.id, active: !u.active });
                    }
                  }}
                >
                  {u.active ? 'Deactivate' : 'Reactivate'}
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
                  {u.mustChangePassword ? 'New invite link' : 'Password reset link'}
                </button>
              </span>
            );
          },
        }),
      ]),
    [me.id, changeRole, setActive, resetPassword],
  );

  return (
    <section>
      <h1>Users</h1>
      <InviteUserForm onInvited={setNotice} />
      {notice && <AccountLinkNotice link={notice} onDone={() => setNotice(null)} />}
      <ErrorBanner error={users.error ?? actionError} />
      {users.data && (
        <DataTable
          caption="Newsroom staff"
          columns={columns}
          data={users.data}
          getRowId={(u) => u.id}
          emptyMessage="No users yet."
        />
      )}
    </section>
  );
}
