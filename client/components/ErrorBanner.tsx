import { supportReferenceOf, userMessageOf } from '../lib/errors';

/** The server's message for the user, in a live region so screen readers hear it. */
export function ErrorBanner({ error }: { error: unknown }) {
  if (!error) return null;
  const reference = supportReferenceOf(error);
  return (
    <div className="error-banner" role="alert">
      {userMessageOf(error)}
      {reference && <small className="error-reference"> Reference for support: {reference}</small>}
    </div>
  );
}
