import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSession } from '../../app/session';
import { OverviewPanel } from '../stories/OverviewPanel';

/** The landing page of /admin: today's numbers and the publishing chart, each number a filtered list. */
export function HomeScreen() {
  const { user } = useSession();
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('home.greeting', { name: user.name })}</h1>
      <p className="muted">
        {t('home.signedInAs', { role: t(`roles.${user.role}`) })}{' '}
        <Link href="/stories">{t('home.openList')}</Link>
      </p>
      <OverviewPanel />
    </section>
  );
}
