import { useTranslation } from 'react-i18next';
import { bodyToText } from '../../../shared/editor';
import { useFormat } from '../../lib/use-format';
import type { CopyOrigin, DeviceCopy } from './device-copies';

const ORIGIN_KEYS = {
  'this-tab': 'thisTab',
  'open-tab': 'openTab',
  'closed-tab': 'closedTab',
} as const satisfies Record<CopyOrigin, string>;

/** Every copy on this device that differs from the saved story, each with its time and where it came from. */
export function RestoreOffer({
  copies,
  serverVersion,
  onRestore,
  onDiscard,
  onServer,
}: {
  copies: DeviceCopy[];
  serverVersion: number;
  onRestore: (copy: DeviceCopy) => void;
  onDiscard: (copy: DeviceCopy) => void;
  onServer: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="panel restore-offer" role="alertdialog" aria-labelledby="restore-title">
      <h1 id="restore-title">{t('editor.restore.title')}</h1>
      <p>
        {copies.length === 1 ? t('editor.restore.one') : t('editor.restore.many', { count: copies.length })}
      </p>
      <ul className="restore-copies">
        {copies.map((copy) => (
          <li key={copy.tabId} data-testid="device-copy">
            <p>
              <strong>{format.dateTime(copy.changedAt)}</strong> ·{' '}
              {t('editor.restore.from', { origin: t(`editor.restore.origins.${ORIGIN_KEYS[copy.origin]}`) })}
              {copy.writtenBy ? ` · ${t('editor.restore.writtenBy', { name: copy.writtenBy })}` : ''}
              {copy.baseVersion < serverVersion && ` · ${t('editor.restore.savedSince')}`}
            </p>
            <p lang="bn" className="muted">
              {copy.content.headline} — {bodyToText(copy.content.body).slice(-300)}
            </p>
            <div className="actions">
              <button type="button" className="primary" onClick={() => onRestore(copy)}>
                {t('editor.restore.restore')}
              </button>
              <button type="button" onClick={() => onDiscard(copy)}>
                {t('editor.restore.discard')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" onClick={onServer}>
          {t('editor.restore.server')}
        </button>
      </div>
      <p className="muted">{t('editor.restore.serverNote')}</p>
    </section>
  );
}
