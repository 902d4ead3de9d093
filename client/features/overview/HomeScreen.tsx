import { Link } from 'wouter';
import { ROLE_LABELS } from '../../../shared/roles';
import { useSession } from '../../app/session';

export function HomeScreen() {
  const { user, can, timeZone } = useSession();
  return (
    <section>
      <h1>নমস্কার, {user.name}</h1>
      <p>
        You are signed in as {ROLE_LABELS[user.role]}. Times are shown in the newsroom's zone, {timeZone}.
      </p>
      <ul className="link-list">
        {can('users.manage') && (
          <li>
            <Link href="/users">Invite staff and manage roles</Link>
          </li>
        )}
        {can('audit.read') && (
          <li>
            <Link href="/audit">Read the audit log</Link>
          </li>
        )}
        <li>
          <Link href="/account">Change your password</Link>
        </li>
      </ul>
    </section>
  );
}
