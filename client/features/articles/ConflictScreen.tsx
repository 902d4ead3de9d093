import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/use-format';

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
  const { t } = useTranslation();
  return (
    <section className="conflict-side" data-testid={testId} aria-label={title}>
      <h3>{title}</h3>
      <h4>{t('articles.conflict.headline')}</h4>
      <p lang="bn" className="conflict-headline">
        {side.headline || <span className="muted">{t('articles.conflict.empty')}</span>}
      </p>
      <h4>{t('articles.conflict.summary')}</h4>
      <p lang="bn">{side.summary || <span className="muted">{t('articles.conflict.empty')}</span>}</p>
      <h4>{t('articles.conflict.text')}</h4>
      <div lang="bn" className="conflict-body">
        {side.bodyText || <span className="muted">{t('articles.conflict.empty')}</span>}
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
  const { t } = useTranslation();
  const format = useFormat(timeZone);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const who = details.updatedBy ?? t('articles.conflict.someone');
  return (
    <div className="conflict-backdrop">
      <div className="conflict" role="dialog" aria-modal="true" aria-labelledby="conflict-title">
        <h2 id="conflict-title">{t('articles.conflict.title')}</h2>
        <p>{t('articles.conflict.intro', { who, time: format.time(details.updatedAt) })}</p>
        <div className="conflict-sides">
          <Side title={t('articles.conflict.mine')} side={mine} testId="conflict-mine" />
          <Side
            title={t('articles.conflict.theirs', { who })}
            side={details.content}
            testId="conflict-theirs"
          />
        </div>
        <div className="actions">
          <button type="button" className="primary" onClick={onKeepMine}>
            {t('articles.conflict.keepMine')}
          </button>
          <button
            type="button"
            onClick={() => {
              if (window.confirm(t('articles.conflict.confirmTheirs', { who }))) onTakeTheirs();
            }}
          >
            {t('articles.conflict.takeTheirs')}
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
            {t('articles.conflict.copy')}
          </button>
          <span role="status">
            {copied === 'yes' && t('articles.conflict.copied')}
            {copied === 'failed' && t('articles.conflict.copyFailed')}
          </span>
        </div>
        <p className="muted">{t('articles.conflict.explain')}</p>
      </div>
    </div>
  );
}
