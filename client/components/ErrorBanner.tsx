import { userMessageOf } from '../lib/errors';

/** The server's message for the user, in a live region so screen readers hear it. */
export function ErrorBanner({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      {userMessageOf(error)}
    </div>
  );
}
