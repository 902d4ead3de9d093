import { Link } from 'wouter';
import { ROLE_LABELS } from '../../../shared/roles';
import { useSession } from '../../app/session';
import { OverviewPanel } from '../stories/OverviewPanel';

/** The landing page of /admin: today's numbers and the publishing chart, each number a filtered list. */
export function HomeScreen() {
  const { user } = useSession();
  return (
    <section>
      <h1>স্বাগতম, {user.name}</h1>
      <p className="muted">
        Signed in as {ROLE_LABELS[user.role]}. <Link href="/stories">Open the story list</Link>.
      </p>
      <OverviewPanel />
    </section>
  );
}
