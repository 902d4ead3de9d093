import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';

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
  const { t } = useTranslation();
  const format = useFormat();
  const [copied, setCopied] = useState(false);
  const url = link.url.startsWith('/') ? `${window.location.origin}${link.url}` : link.url;
  const what = link.purpose === 'invite' ? t('users.link.invite') : t('users.link.reset');
  return (
    <div className="notice" role="status">
      <p>
        <Trans
          i18nKey={link.mail === 'sent' ? 'users.link.forSent' : 'users.link.for'}
          values={{ what, name: link.name, email: link.email }}
          components={{ strong: <strong /> }}
        />
      </p>
      {link.mail === 'failed' && (
        <p className="error-banner" data-testid="mail-failed">
          {t('users.link.mailFailed')}
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
          {copied ? t('users.link.copied') : t('users.link.copy')}
        </button>
      </p>
      <p>{t('users.link.expires', { when: format.dateTime(link.expiresAt), zone: format.timeZone })}</p>
      <button type="button" onClick={onDone}>
        {t('users.link.done')}
      </button>
    </div>
  );
}
