import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, Route, Switch, useLocation } from 'wouter';
import { ROLE_LABELS } from '../../shared/roles';
import { MenuIcon } from '../components/icons';
import { BinScreen } from '../features/articles/BinScreen';
import { NewStoryScreen } from '../features/articles/NewStoryScreen';
import { AuditScreen } from '../features/audit/AuditScreen';
import { ChangePasswordScreen } from '../features/auth/ChangePasswordScreen';
import { EditorRoute } from '../features/editor/EditorRoute';
import { MediaLibraryScreen } from '../features/media/MediaLibraryScreen';
import { HomeScreen } from '../features/overview/HomeScreen';
import { CorrectionsScreen } from '../features/publication/CorrectionsScreen';
import { BrokenLinksScreen } from '../features/related/BrokenLinksScreen';
import { useRelatedLive } from '../features/related/use-related-live';
import { CalendarScreen } from '../features/schedule/CalendarScreen';
import { SectionsScreen } from '../features/sections/SectionsScreen';
import { SiteSettingsScreen } from '../features/site/SiteSettingsScreen';
import { StoriesScreen } from '../features/stories/StoriesScreen';
import { UsersScreen } from '../features/users/UsersScreen';
import { NotificationBell } from '../features/workflow/NotificationBell';
import { ReviewQueueScreen } from '../features/workflow/ReviewQueueScreen';
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
  // Related lists and read-more blocks anywhere on screen follow the stories they show.
  useRelatedLive();
  // On a phone the navigation folds behind a menu button; following a link folds it again.
  const [menuOpen, setMenuOpen] = useState(false);
  const [location] = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new location is the reason to fold the menu
  useEffect(() => setMenuOpen(false), [location]);
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
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <MenuIcon /> Menu
        </button>
        <nav aria-label="Main" id="main-nav" className={menuOpen ? 'open' : undefined}>
          <NavLink href="/">Overview</NavLink>
          <NavLink href="/stories">Stories</NavLink>
          {can('articles.create') && <NavLink href="/stories/new">New story</NavLink>}
          <NavLink href="/media">Media</NavLink>
          <NavLink href="/bin">Bin</NavLink>
          {can('users.manage') && <NavLink href="/users">Users</NavLink>}
          {can('articles.review') && <NavLink href="/review">Review</NavLink>}
          {can('articles.schedule') && <NavLink href="/calendar">Calendar</NavLink>}
          {can('related.broken_links') && <NavLink href="/broken-links">Broken links</NavLink>}
          <NavLink href="/corrections">Corrections</NavLink>
          {can('audit.read') && <NavLink href="/audit">Audit log</NavLink>}
          {can('sections.manage') && <NavLink href="/sections">Sections</NavLink>}
          {can('site.manage') && <NavLink href="/settings">Settings</NavLink>}
        </nav>
        <div className="whoami">
          <NotificationBell />
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
          <Route path="/stories" component={StoriesScreen} />
          <Route path="/stories/new">{can('articles.create') ? <NewStoryScreen /> : <Forbidden />}</Route>
          <Route path="/stories/:id">{({ id }) => <EditorRoute id={id} />}</Route>
          <Route path="/media" component={MediaLibraryScreen} />
          <Route path="/bin" component={BinScreen} />
          <Route path="/users">{can('users.manage') ? <UsersScreen /> : <Forbidden />}</Route>
          <Route path="/sections">{can('sections.manage') ? <SectionsScreen /> : <Forbidden />}</Route>
          <Route path="/settings">{can('site.manage') ? <SiteSettingsScreen /> : <Forbidden />}</Route>
          <Route path="/audit">{can('audit.read') ? <AuditScreen /> : <Forbidden />}</Route>
          <Route path="/broken-links">
            {can('related.broken_links') ? <BrokenLinksScreen /> : <Forbidden />}
          </Route>
          <Route path="/review">{can('articles.review') ? <ReviewQueueScreen /> : <Forbidden />}</Route>
          <Route path="/corrections" component={CorrectionsScreen} />
          <Route path="/calendar">{can('articles.schedule') ? <CalendarScreen /> : <Forbidden />}</Route>
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
