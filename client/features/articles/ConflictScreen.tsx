import { useState } from 'react';
import { formatBnTime } from '../../../shared/bn';

export interface ConflictSide {
  headline: string;
  summary: string;
  bodyText: string;
}

export interface StaleSaveDetails {
  kind: 'stale_save';
  version: number;
  updatedAt: string;
  updatedBy: string | null;
  content: ConflictSide & Record<string, unknown>;
}

export function isStaleSaveDetails(value: unknown): value is StaleSaveDetails {
  const v = value as StaleSaveDetails | null;
  return Boolean(v && v.kind === 'stale_save' && typeof v.version === 'number' && v.content);
}

/** Everything the user wrote, as text they can paste anywhere. */
export function plainCopy(side: ConflictSide): string {
  return [side.headline, side.summary, side.bodyText].filter(Boolean).join('\n\n');
}

function Side({ title, side, testId }: { title: string; side: ConflictSide; testId: string }) {
  return (
    <section className="conflict-side" data-testid={testId} aria-label={title}>
      <h3>{title}</h3>
      <h4>Headline</h4>
      <p lang="bn" className="conflict-headline">
        {side.headline || <span className="muted">(empty)</span>}
      </p>
      <h4>Summary</h4>
      <p lang="bn">{side.summary || <span className="muted">(empty)</span>}</p>
      <h4>Text</h4>
      <div lang="bn" className="conflict-body">
        {side.bodyText || <span className="muted">(empty)</span>}
      </div>
    </section>
  );
}

/**
 * Someone saved a newer version while this tab was editing. Both texts stay on
 * screen (and this tab's in IndexedDB) until the user chooses.
 */
export function ConflictScreen({
  details,
  mine,
  timeZone,
  onKeepMine,
  onTakeTheirs,
}: {
  details: StaleSaveDetails;
  mine: ConflictSide;
  timeZone: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const who = details.updatedBy ?? 'Someone';
  return (
    <div className="conflict-backdrop">
      <div className="conflict" role="dialog" aria-modal="true" aria-labelledby="conflict-title">
        <h2 id="conflict-title">Two versions of this story</h2>
        <p>
          {who} saved a newer version at {formatBnTime(details.updatedAt, timeZone)} while you were editing.
          Nothing has been lost: compare them and choose what to keep.
        </p>
        <div className="conflict-sides">
          <Side title="Your version (this tab)" side={mine} testId="conflict-mine" />
          <Side title={`Their version (${who})`} side={details.content} testId="conflict-theirs" />
        </div>
        <div className="actions">
          <button type="button" className="primary" onClick={onKeepMine}>
            Keep mine
          </button>
          <button
            type="button"
            onClick={() => {
              if (
                window.confirm(
                  `Replace your text in this tab with ${who}’s version? Copy yours first if you may need it.`,
                )
              )
                onTakeTheirs();
            }}
          >
            Take theirs
          </button>
          <button
            type="button"
            onClick={() =>
              navigator.clipboard
                .writeText(plainCopy(mine))
                .then(() => setCopied('yes'))
                .catch(() => setCopied('failed'))
            }
          >
            Copy my text
          </button>
          <span role="status">
            {copied === 'yes' && 'Your text is on the clipboard.'}
            {copied === 'failed' && 'The browser refused the clipboard: select your text above and copy it.'}
          </span>
        </div>
        <p className="muted">
          Keep mine saves your version on top of theirs (theirs stays in the revisions). Take theirs replaces
          the text in this tab with theirs.
        </p>
      </div>
    </div>
  );
}
