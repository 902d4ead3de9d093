import { useState } from 'react';
import { formatBnDateTime } from '../../../shared/bn/dates';
import { useSession } from '../../app/session';

export interface AccountLinkNoticeData {
  name: string;
  email: string;
  purpose: 'invite' | 'reset';
  /** Absolute when PUBLIC_ORIGIN is set, else a path on this dashboard's address. */
  url: string;
  expiresAt: string;
  /** sent: mailed; failed: the mail server refused or did not answer; off: no mail server. */
  mail: 'sent' | 'failed' | 'off';
}

/** The one-time link, shown once: copy it and pass it on (or it was mailed). */
export function AccountLinkNotice({ link, onDone }: { link: AccountLinkNoticeData; onDone: () => void }) {
  const { timeZone } = useSession();
  const [copied, setCopied] = useState(false);
  const url = link.url.startsWith('/') ? `${window.location.origin}${link.url}` : link.url;
  const what = link.purpose === 'invite' ? 'Invite link' : 'Password reset link';
  return (
    <div className="notice" role="status">
      <p>
        {what} for <strong>{link.name}</strong> ({link.email})
        {link.mail === 'sent' ? ' was sent by email. You can also copy it:' : ':'}
      </p>
      {link.mail === 'failed' && (
        <p className="error-banner" data-testid="mail-failed">
          The email could not be sent (the mail server did not take it). The link is ready: copy it and pass
          it on yourself.
        </p>
      )}
      <p className="link-to-copy">
        <input
          readOnly
          value={url}
          aria-label={what}
          data-testid="account-link"
          onFocus={(e) => e.target.select()}
        />
        <button
          type="button"
          onClick={() =>
            navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Copied' : 'Copy link'}
        </button>
      </p>
      <p>
        It works once, until {formatBnDateTime(link.expiresAt, timeZone)} ({timeZone}). Pass it on safely:
        whoever opens it chooses the password.
      </p>
      <button type="button" onClick={onDone}>
        Done
      </button>
    </div>
  );
}
