import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useTranslation } from 'react-i18next';
import type { CollabUser } from './body-collab';
import { usePresence } from './use-presence';
import './collab.css';

/** Who is in the story now, in their caret colours; watchers without edit rights are marked. */
export function PresenceList({ provider, user }: { provider: HocuspocusProvider; user: CollabUser }) {
  const { t } = useTranslation();
  const people = usePresence(provider, user);
  return (
    <section className="presence" aria-label={t('collab.presence.label')} data-testid="presence">
      {user.readOnly && <p className="presence-note">{t('collab.presence.watchingReadOnly')}</p>}
      <ul>
        {people.map((person) => (
          <li key={person.id} style={{ borderColor: person.color }}>
            <span className="presence-dot" style={{ background: person.color }} aria-hidden="true" />
            {person.self ? t('collab.presence.you', { name: person.name }) : person.name}
            {person.readOnly && <span className="muted"> {t('collab.presence.readOnly')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
