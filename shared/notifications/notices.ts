/**
 * What a notification says, kept as its kind of sentence and its parts so each reader
 * sees it in their own language (the client renders it from the `notifications` catalog).
 * The English text is also stored with the row: for the log, mail-free fallbacks and
 * rows written before notices had parts.
 */
export const NOTICE_KEYS = [
  'submitted',
  'submittedNote',
  'approved',
  'approvedNote',
  'updateApproved',
  'sentBack',
  'mentioned',
  'live',
  'liveAgain',
  'publishedOnSchedule',
  'scheduleFailed',
  'takenDown',
  'updateLive',
  'updateLiveNote',
  'correctionLive',
  'correctionLiveNote',
  'updateFailed',
  'updateUnscheduled',
  'editedAfterApproval',
] as const;

export type NoticeKey = (typeof NOTICE_KEYS)[number];

export interface Notice {
  key: NoticeKey;
  /** The story's headline as it was ('' when untitled). */
  headline: string;
  /** Who acted. */
  name?: string;
  /** A note, reason or comment excerpt, in the words its writer chose. */
  note?: string;
  /** Checklist refusals (English server texts; the client translates each it knows). */
  reasons?: string[];
}

/** The English sentences, `{{…}}` filled from the notice; the English catalog uses these same ones. */
export const NOTICE_ENGLISH: Record<NoticeKey, string> = {
  submitted: '{{name}} submitted {{story}} for review.',
  submittedNote: '{{name}} submitted {{story}} for review: {{note}}',
  approved: '{{name}} approved {{story}}.',
  approvedNote: '{{name}} approved {{story}}: {{note}}',
  updateApproved: '{{name}} approved the update of {{story}}: it can be published.',
  sentBack: '{{name}} sent {{story}} back: {{note}}',
  mentioned: '{{name}} mentioned you on {{story}}: {{note}}',
  live: '{{story}} is live.',
  liveAgain: '{{story}} is live again.',
  publishedOnSchedule: '{{story}} was published at its scheduled time.',
  scheduleFailed: '{{story}} was not published at its scheduled time.',
  takenDown: '{{story}} was taken off the site: {{note}}',
  updateLive: 'An update of {{story}} is live.',
  updateLiveNote: 'An update of {{story}} is live: {{note}}',
  correctionLive: 'A correction of {{story}} is live.',
  correctionLiveNote: 'A correction of {{story}} is live: {{note}}',
  updateFailed: 'The scheduled update of {{story}} did not go out; the live version stays.',
  updateUnscheduled:
    'The scheduled update of {{story}} was edited and taken off the schedule: it needs a reviewer’s approval again.',
  editedAfterApproval: '{{story}} was edited after approval, so it is off the schedule and back in review.',
};

export function isNotice(value: unknown): value is Notice {
  const v = value as Partial<Notice> | null;
  return Boolean(
    v &&
      typeof v === 'object' &&
      typeof v.key === 'string' &&
      (NOTICE_KEYS as readonly string[]).includes(v.key) &&
      typeof v.headline === 'string',
  );
}

/** A notice in English: the text stored beside it. */
export function noticeEnglish(notice: Notice): string {
  const headline = notice.headline.trim();
  const parts: Record<string, string> = {
    story: headline ? `“${headline}”` : 'an untitled story',
    name: notice.name ?? '',
    note: notice.note ?? '',
  };
  const text = NOTICE_ENGLISH[notice.key].replace(/\{\{(\w+)\}\}/g, (_, part: string) => parts[part] ?? '');
  return [text, ...(notice.reasons ?? [])].join(' ').trim();
}

/** The columns a notification row (or an outbox notify message) takes from a notice. */
export function noticeFields(notice: Notice): { message: string; notice: Notice } {
  return { message: noticeEnglish(notice), notice };
}
