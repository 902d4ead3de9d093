import { useState } from 'react';
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
  const [error, setError] = useState<unknown>(null);
  if (state.phase === 'held' || state.phase === 'acquiring') return null;
  const holder = ('holder' in state && state.holder) || 'Someone';
  const takeOver = (
    <button
      type="button"
      onClick={() => {
        setError(null);
        onTakeOver().catch(setError);
      }}
    >
      Take over
    </button>
  );
  return (
    <div className="lock-banner" role="alert" data-testid="lock-banner">
      {state.phase === 'other' && (
        <>
          <p>
            <strong>{holder} is editing</strong> this story now. You can read it, or take over: they will be
            told at once, and their unsaved text stays with them.
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={onReadOnly}>
              Open read-only
            </button>
            {takeOver}
          </div>
        </>
      )}
      {state.phase === 'readonly' && (
        <p>
          Read-only{state.holder ? `: ${holder} is editing` : ''}. {state.holder !== null && takeOver}
        </p>
      )}
      {state.phase === 'lost' && (
        <>
          <p>
            <strong>{holder} took over editing.</strong> This tab is read-only now. Anything you had not saved
            is kept here and on this device.
          </p>
          <div className="actions">{takeOver}</div>
        </>
      )}
      {error ? <p className="field-error">{userMessageOf(error)}</p> : null}
    </div>
  );
}
