import { NOTICE_ENGLISH } from '../../../shared/notifications/notices';

/**
 * The bell's notifications, one sentence per kind: the English ones are those the server
 * stores with each row (shared/notifications/notices.ts); `{{story}}` is `story` below.
 */
export const notifications = {
  story: '“{{headline}}”',
  untitledStory: 'an untitled story',
  ...NOTICE_ENGLISH,
};
