import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, Route, Switch } from 'wouter';
import { ROLE_LABELS } from '../../shared/roles';
import { AuditScreen } from '../features/audit/AuditScreen';
import { ChangePasswordScreen } from '../features/auth/ChangePasswordScreen';
import { HomeScreen } from '../features/overview/HomeScreen';
import { UsersScreen } from '../features/users/UsersScreen';
import { useTRPC } from '../lib/trpc';
import { useSession } from './session';

function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className={(active: boolean) => (active ? 'nav-link active' : 'nav-link')}>
      {children}
    </Link>
  );
}

export function Layout() {
  const { user, can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(),
    }),
  );
  return (
    <div className="shell">
      <header className="topbar">
        <Link href="/" className="brand">
          বার্তা <span>Barta</span>
        </Link>
        <nav aria-label="Main">
          <NavLink href="/">Overview</NavLink>
          {can('users.manage') && <NavLink href="/users">Users</NavLink>}
          {can('audit.read') && <NavLink href="/audit">Audit log</NavLink>}
        </nav>
        <div className="whoami">
          <Link href="/account">
            {user.name} · {ROLE_LABELS[user.role]}
          </Link>
          <button type="button" className="link-button" onClick={() => signOut.mutate()}>
            Sign out
          </button>
        </div>
      </header>
      <main className="content">
        <Switch>
          <Route path="/" component={HomeScreen} />
          <Route path="/users">{can('users.manage') ? <UsersScreen /> : <Forbidden />}</Route>
          <Route path="/audit">{can('audit.read') ? <AuditScreen /> : <Forbidden />}</Route>
          <Route path="/account">
            <ChangePasswordScreen />
          </Route>
          <Route>
            <section>
              <h1>Page not found</h1>
              <p>
                There is no page at this address. <Link href="/">Go to the overview</Link>.
              </p>
            </section>
          </Route>
        </Switch>
      </main>
    </div>
  );
}

function Forbidden() {
  return (
    <section>
      <h1>Not available to your role</h1>
      <p>Ask an administrator if you need access to this page.</p>
    </section>
  );
}
