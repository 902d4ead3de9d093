import { isNotice } from '../../../shared/notifications/notices';
import { translateKey } from '../../i18n';
import { translateKnownMessage } from '../../i18n/server-messages';

/**
 * A notification in the reader's language: from its kind and parts when the row has
 * them, else (rows written before notices had parts) its English text, translated when
 * the catalog knows the sentence.
 */
export function noticeText(row: { message: string; notice?: unknown }): string {
  if (!isNotice(row.notice)) return translateKnownMessage(row.message);
  const { key, headline, name = '', note = '', reasons = [] } = row.notice;
  const story = headline.trim()
    ? translateKey('notifications.story', { headline: headline.trim() })
    : translateKey('notifications.untitledStory');
  const text = translateKey(`notifications.${key}`, { story, name, note });
  return [text, ...reasons.map(translateKnownMessage)].join(' ').trim();
}
