import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userMessageOf } from '../../lib/errors';
import type { LockState } from './use-edit-lock';

/** Who is editing, and the two ways on: read along, or take over. */
export function LockBanner({
  state,
  onTakeOver,
  onReadOnly,
}: {
  state: LockState;
  onTakeOver: () => Promise<void>;
  onReadOnly: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  if (state.phase === 'held' || state.phase === 'acquiring') return null;
  const holder = ('holder' in state && state.holder) || t('editor.lock.someone');
  const takeOver = (
    <button
      type="button"
      onClick={() => {
        setError(null);
        onTakeOver().catch(setError);
      }}
    >
      {t('editor.lock.takeOver')}
    </button>
  );
  return (
    <div className="lock-banner" role="alert" data-testid="lock-banner">
      {state.phase === 'other' && (
        <>
          <p>
            <strong>{t('editor.lock.isEditing', { holder })}</strong> {t('editor.lock.otherRest')}
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={onReadOnly}>
              {t('editor.lock.openReadOnly')}
            </button>
            {takeOver}
          </div>
        </>
      )}
      {state.phase === 'readonly' && (
        <p>
          {state.holder ? t('editor.lock.readOnlyBy', { holder }) : t('editor.lock.readOnly')}{' '}
          {state.holder !== null && takeOver}
        </p>
      )}
      {state.phase === 'lost' && (
        <>
          <p>
            <strong>{t('editor.lock.tookOver', { holder })}</strong> {t('editor.lock.lostRest')}
          </p>
          <div className="actions">{takeOver}</div>
        </>
      )}
      {error ? <p className="field-error">{userMessageOf(error)}</p> : null}
    </div>
  );
}
