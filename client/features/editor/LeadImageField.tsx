import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCaptionLine } from '../../../shared/media/credit';
import { onBijoyPaste } from '../../lib/bijoy-paste';
import { useTRPC } from '../../lib/trpc';
import { useCaretKeeper } from '../collab/use-caret-keeper';
import { MediaPicker } from '../media';
import { LeadImageDetails } from './LeadImageDetails';

interface Props {
  leadMediaId: string | null;
  leadCaption: string | null;
  readOnly: boolean;
  onChange: (patch: { leadMediaId?: string | null; leadCaption?: string | null }) => void;
}

/**
 * The story's lead image: chosen from the library or uploaded, with a caption for
 * this story that overrides the library's (empty = use the library caption).
 */
export function LeadImageField({ leadMediaId, leadCaption, readOnly, onChange }: Props) {
  const trpc = useTRPC();
  const [picking, setPicking] = useState(false);
  const media = useQuery({
    ...trpc.media.byIds.queryOptions({ ids: leadMediaId ? [leadMediaId] : [] }),
    enabled: Boolean(leadMediaId),
  });
  const { t } = useTranslation();
  const item = media.data?.[0];
  const captionRef = useCaretKeeper<HTMLInputElement>(leadCaption ?? '');
  return (
    <fieldset className="lead-image-field">
      <legend>{t('images.lead')}</legend>
      {item ? (
        <div className="lead-image-current">
          <img src={item.thumbSrc || item.previewSrc} alt={item.alt} width={120} height={120} />
          <div>
            <p className="muted">
              {formatCaptionLine(leadCaption || item.caption, item.credit) || t('images.noCaption')}
            </p>
            {!item.alt && <p className="field-error">{t('images.noAlt')}</p>}
            <label>
              {t('images.storyCaption')}
              <input
                ref={captionRef}
                value={leadCaption ?? ''}
                placeholder={item.caption || t('images.usesLibraryCaption')}
                readOnly={readOnly}
                maxLength={400}
                onChange={(event) => onChange({ leadCaption: event.target.value || null })}
                onPaste={onBijoyPaste}
              />
            </label>
            <LeadImageDetails item={item} readOnly={readOnly} />
          </div>
        </div>
      ) : (
        <p className="muted">{leadMediaId ? t('images.loading') : t('images.none')}</p>
      )}
      {!readOnly && (
        <div className="actions">
          <button type="button" onClick={() => setPicking(true)}>
            {leadMediaId ? t('images.change') : t('images.choose')}
          </button>
          {leadMediaId && (
            <button type="button" onClick={() => onChange({ leadMediaId: null, leadCaption: null })}>
              {t('images.remove')}
            </button>
          )}
        </div>
      )}
      <MediaPicker
        open={picking}
        title={t('images.chooseTitle')}
        onClose={() => setPicking(false)}
        onPick={(picked) => {
          setPicking(false);
          onChange({ leadMediaId: picked.id });
        }}
      />
    </fieldset>
  );
}
