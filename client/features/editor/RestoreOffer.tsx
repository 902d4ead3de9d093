import { formatBnDateTime } from '../../../shared/bn';
import { bodyToText } from '../../../shared/editor';
import { useSession } from '../../app/session';
import type { CopyOrigin, DeviceCopy } from './device-copies';

const ORIGIN_LABELS: Record<CopyOrigin, string> = {
  'this-tab': 'this tab, before it was reloaded or crashed',
  'open-tab': 'another tab open now',
  'closed-tab': 'a tab that was closed or crashed',
};

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
  const { timeZone } = useSession();
  return (
    <section className="panel restore-offer" role="alertdialog" aria-labelledby="restore-title">
      <h1 id="restore-title">Unsaved text found on this device</h1>
      <p>
        {copies.length === 1
          ? 'This browser kept changes to this story that never reached the server.'
          : `This browser kept ${copies.length} different unsaved versions of this story. Restore one; the others stay here until you restore or discard them.`}
      </p>
      <ul className="restore-copies">
        {copies.map((copy) => (
          <li key={copy.tabId} data-testid="device-copy">
            <p>
              <strong>{formatBnDateTime(copy.changedAt, timeZone)}</strong> · from{' '}
              {ORIGIN_LABELS[copy.origin]}
              {copy.writtenBy ? ` · written by ${copy.writtenBy}` : ''}
              {copy.baseVersion < serverVersion &&
                ' · the story has been saved since: restoring asks you to compare the two'}
            </p>
            <p lang="bn" className="muted">
              {copy.content.headline} — {bodyToText(copy.content.body).slice(-300)}
            </p>
            <div className="actions">
              <button type="button" className="primary" onClick={() => onRestore(copy)}>
                Restore this text
              </button>
              <button type="button" onClick={() => onDiscard(copy)}>
                Discard this copy
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" onClick={onServer}>
          Open the server’s version
        </button>
      </div>
      <p className="muted">Opening the server’s version keeps these copies here for later.</p>
    </section>
  );
}
