/**
 * The bell's notifications, one sentence per kind (shared/notifications/notices.ts keeps
 * the same English for the text stored with each row); `{{story}}` is `story` below.
 */
export const notifications = {
  story: '“{{headline}}”',
  untitledStory: 'an untitled story',
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
