import { useTranslation } from 'react-i18next';
import { supportReferenceOf, userMessageOf } from '../lib/errors';

/** The server's message for the user, in a live region so screen readers hear it. */
export function ErrorBanner({ error }: { error: unknown }) {
  // Subscribed to the language, so a switch re-words a message already on screen.
  const { t } = useTranslation();
  if (!error) return null;
  const reference = supportReferenceOf(error);
  return (
    <div className="error-banner" role="alert">
      {userMessageOf(error)}
      {reference && <small className="error-reference"> {t('errors.supportReference', { reference })}</small>}
    </div>
  );
}
