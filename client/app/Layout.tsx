import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useLocation } from 'wouter';
import { MenuIcon } from '../components/icons';
import { BinScreen } from '../features/articles/BinScreen';
import { NewStoryScreen } from '../features/articles/NewStoryScreen';
import { AuditScreen } from '../features/audit/AuditScreen';
import { ChangePasswordScreen } from '../features/auth/ChangePasswordScreen';
import { useFollowRights } from '../features/auth/follow-rights';
import { ClosedTabCopies } from '../features/collab/ClosedTabCopies';
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
import { LanguageSwitch } from '../i18n/LanguageSwitch';
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
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Related lists and read-more blocks anywhere on screen follow the stories they show.
  useRelatedLive();
  // A new role shows at once (the buttons it no longer allows go), without a reload.
  useFollowRights();
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
          বার্তা <span lang="en">Barta</span>
        </Link>
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <MenuIcon /> {t('app.menu')}
        </button>
        <nav aria-label={t('app.mainNav')} id="main-nav" className={menuOpen ? 'open' : undefined}>
          <NavLink href="/">{t('app.nav.overview')}</NavLink>
          <NavLink href="/stories">{t('app.nav.stories')}</NavLink>
          {can('articles.create') && <NavLink href="/stories/new">{t('app.nav.newStory')}</NavLink>}
          <NavLink href="/media">{t('app.nav.media')}</NavLink>
          <NavLink href="/bin">{t('app.nav.bin')}</NavLink>
          {can('users.manage') && <NavLink href="/users">{t('app.nav.users')}</NavLink>}
          {can('articles.review') && <NavLink href="/review">{t('app.nav.review')}</NavLink>}
          {can('articles.schedule') && <NavLink href="/calendar">{t('app.nav.calendar')}</NavLink>}
          {can('related.broken_links') && <NavLink href="/broken-links">{t('app.nav.brokenLinks')}</NavLink>}
          <NavLink href="/corrections">{t('app.nav.corrections')}</NavLink>
          {can('audit.read') && <NavLink href="/audit">{t('app.nav.audit')}</NavLink>}
          {can('sections.manage') && <NavLink href="/sections">{t('app.nav.sections')}</NavLink>}
          {can('site.manage') && <NavLink href="/settings">{t('app.nav.settings')}</NavLink>}
        </nav>
        <div className="whoami">
          <LanguageSwitch />
          <NotificationBell />
          <Link href="/account">{t('app.account', { name: user.name, role: t(`roles.${user.role}`) })}</Link>
          <button type="button" className="link-button" onClick={() => signOut.mutate()}>
            {t('app.signOut')}
          </button>
        </div>
      </header>
      <main className="content">
        <ClosedTabCopies />
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
            <NotFound />
          </Route>
        </Switch>
      </main>
    </div>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('app.notFound.title')}</h1>
      <p>
        {t('app.notFound.body')} <Link href="/">{t('app.notFound.back')}</Link>
      </p>
    </section>
  );
}

function Forbidden() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('app.forbidden.title')}</h1>
      <p>{t('app.forbidden.body')}</p>
    </section>
  );
}
