/**
 * Messages the server sends, word for word as it writes them; `{{name}}` marks a part
 * that varies (see server-messages.ts). Grouped by the feature that refuses.
 */
export const server = {
  // auth
  wrongCredentials: 'Email or password is not correct.',
  deactivated: 'This account has been deactivated. Ask an administrator if you need access again.',
  lockedOne:
    'Too many failed sign-in attempts for this account from your address. Sign-in is locked for {{minutes}} more minute (locks last {{lock}} minutes).',
  lockedMany:
    'Too many failed sign-in attempts for this account from your address. Sign-in is locked for {{minutes}} more minutes (locks last {{lock}} minutes).',
  tooManySignIns: 'Too many sign-in attempts. Wait a moment and try again.',
  alreadySetUp: 'Barta is already set up. Sign in with your account instead.',
  currentPasswordWrong: 'Your current password is not correct.',
  samePassword: 'Choose a new password that differs from the current one.',
  notCorrect: 'Not correct.',
  sameAsCurrent: 'Same as the current password.',
  linkUsed:
    'This link has already been used. If you have forgotten your password, ask an administrator for a new link.',
  linkExpired: 'This link has expired. Ask an administrator for a new one.',
  linkUnknown: 'This link is not valid (perhaps a newer one was made). Ask an administrator for a new one.',
  linkIncomplete: 'The link is incomplete: open it again from the message you received.',
  passwordTooShort: 'Password must be at least {{min}} characters.',
  passwordTooLong: 'Password is too long: 200 characters at most.',
  enterPassword: 'Enter your password.',
  enterCurrentPassword: 'Enter your current password.',
  invalidEmail: 'Enter a valid email address, like name@example.com.',
  emailTooLong: 'Email is too long.',
  // users
  accountExists: 'An account for {{email}} already exists.',
  userGone: 'That user no longer exists.',
  lastAdmin:
    'You cannot {{what}}: Barta needs at least one active administrator. Make someone else an administrator first.',
  deactivateSelf: 'You cannot deactivate your own account.',
  // text fields
  required: '{{label}} is required.',
  tooShort: '{{label}} must be at least {{min}} characters.',
  tooLong: '{{label}} is too long: {{length}} characters, the limit is {{max}}.',
  plainText: '{{label}} must be plain text: remove the HTML tag (anything starting with “<”).',
  invalidId: '{{label}} is not a valid id.',
  fieldsInvalid: 'Some fields are not valid.',
  // sections
  sectionHasStories: '“{{name}}” has {{count}} stories and cannot be deleted: archive it instead.',
  sectionHasStory: '“{{name}}” has 1 story and cannot be deleted: archive it instead.',
  sectionSlugTaken: 'The address “{{slug}}” is already used by the section “{{owner}}”: choose another slug.',
  sectionGoneReload: 'This section no longer exists: reload the sections list.',
  sectionsChanged: 'The sections changed since this list was loaded: reload it and move the section again.',
  sectionGone: 'That section no longer exists.',
  // stories and the editor
  viewNotYours: 'That view does not exist, or it is not yours to change.',
  lockedBy:
    '{{name}} is editing this story now. Your text is kept in this tab; take over editing to save it.',
  revisionUnfit:
    'This revision cannot be restored: it no longer fits the story rules. Copy its text instead.',
  storyGone: 'That story does not exist or has been deleted for good.',
  bodyUnreadable: 'The story body could not be read. Reload the editor.',
  archivedStory: 'This story is archived. Reopen it as a draft before editing.',
  slugTaken: 'The slug “{{slug}}” is already used by another story. Choose another.',
  newerVersion:
    '{{who}} saved a newer version of this story while you were editing. Compare the two and choose what to keep: nothing has been lost.',
  changedWhileLooking:
    '{{who}} changed this story while you were looking at it (it is now {{status}}). Reload to see the current version, then try again.',
  takeDownFirst: 'This story is {{status}}. Ask a manager to take it down before it is deleted.',
  binFirst: 'Move the story to the bin before deleting it for good.',
  publishedStaysInBin: 'A story that has been published cannot be deleted for good. It stays in the bin.',
  searchTooLong:
    'This search took too long. Add another word or a filter (section, status, dates) and try again.',
  // media
  emptyFile: '“{{name}}” was not uploaded: the file is empty (0 bytes).',
  originalMissing: 'The original file of this image is missing, so its focal point cannot be changed.',
  imageGone: 'This image no longer exists in the library.',
  imageAlreadyDeleted: 'This image was already deleted.',
  notARealDay: 'One of the dates is not a real day.',
  uploadTooLarge: '“{{name}}” is too large ({{size}}): the limit is {{max}}.',
  uploadTooLargeStreaming:
    '“{{name}}” is too large: it is over the limit of {{max}}. Make the file smaller and try again.',
  uploadSvg:
    '“{{name}}” was not uploaded: it is an SVG drawing (SVG can carry scripts, so Barta does not accept it). Upload a JPEG, PNG, WebP, GIF or AVIF image.',
  uploadHtml: '“{{name}}” was not uploaded: it is an HTML page. Upload a JPEG, PNG, WebP, GIF or AVIF image.',
  uploadPdf:
    '“{{name}}” was not uploaded: it is a PDF document. Upload a JPEG, PNG, WebP, GIF or AVIF image.',
  uploadProgram:
    '“{{name}}” was not uploaded: it is a program, not an image. Upload a JPEG, PNG, WebP, GIF or AVIF image.',
  uploadUnknown:
    '“{{name}}” was not uploaded: it is not a recognisable image. Upload a JPEG, PNG, WebP, GIF or AVIF image.',
  uploadOtherType:
    '“{{name}}” was not uploaded: it is a {{type}} file. Upload a JPEG, PNG, WebP, GIF or AVIF image.',
  uploadPixels:
    '“{{name}}” was not uploaded: it declares {{width}} × {{height}} pixels, more than the limit of {{max}} megapixels. Resize it and try again.',
  uploadDamaged:
    '“{{name}}” was not uploaded: it looks like a {{type}} image but is damaged or incomplete. Export it again and retry.',
  uploadNoSize: 'The request did not say its size. Try again from the dashboard.',
  requestTooLarge: 'The request is too large ({{size}}): the limit is {{max}}.',
  // uploads as the browser reports them (client/features/media/upload-file.ts)
  uploadUnreachable:
    '“{{name}}” was not uploaded: the server could not be reached. Check your connection and retry.',
  uploadCancelled: 'Upload of “{{name}}” cancelled.',
  uploadAnswered: '“{{name}}” was not uploaded (the server answered {{status}}).',
  imageUsedOnce: 'This image is used in a story: {{names}}. Remove it from that story first.',
  imageUsedMany: 'This image is used in {{count}} stories: {{names}}. Remove it from those stories first.',
  // related
  relatedArchived: 'This story is archived. Reopen it as a draft before changing its related stories.',
  relatedChanged: 'The related list changed while you were reordering it. It has been reloaded: try again.',
  relatedSelf: 'A story cannot be related to itself: choose another story.',
  relatedGone: 'The story you chose no longer exists or is in the bin: choose another.',
  relatedDuplicate: '“{{headline}}” is already in the related list.',
  relatedMax: 'A story can have at most {{max}} related stories. Remove one before adding another.',
  // schedule and workflow
  pendingUpdateUnfit:
    'The pending update no longer fits the story rules: open it in the editor and save it again.',
  cannotSetWhile: '{{what}} cannot be set while the story is {{status}}.',
  validDateTime: 'Choose a valid date and time.',
  expiresBeforeOut: 'The story would expire before it goes out: choose an earlier time or change the expiry.',
  notSchedulableOne: 'The story cannot be scheduled yet. Fix this first: {{failures}}',
  notSchedulableMany: 'The story cannot be scheduled yet. Fix these {{count}} things first: {{failures}}',
  notReadyOne: 'The story is not ready to {{what}}. Fix this first: {{failures}}',
  notReadyMany: 'The story is not ready to {{what}}. Fix these {{count}} things first: {{failures}}',
  commentRemoved: 'That comment has been removed.',
  replyRemoved: 'The comment you are replying to has been removed.',
  // the publish checklist (shared/articles/checklist.ts)
  checkHeadline: 'Write a headline.',
  checkHeadlineLong: 'Shorten the headline: it has {{length}} characters, the limit is {{max}}.',
  checkSection: 'Choose a section for the story.',
  checkSummary: 'Write a summary.',
  checkBody: 'The story body is empty: write the story.',
  checkLead: 'Choose a lead image (with alt text, a caption and a credit).',
  checkLeadAlt: 'Add alt text to the lead image (describe it for readers who cannot see it).',
  checkLeadCaption: 'Add a caption to the lead image.',
  checkLeadCredit: 'Add a credit to the lead image (who took it or where it is from).',
  checkFigureAlt: 'One image in the story has no alt text: add it in the image’s settings.',
  checkFiguresAlt: '{{count}} images in the story have no alt text: add it in each image’s settings.',
  checkLinks:
    'The story links to stories that are not published: {{list}}. Publish them first or remove the links.',
  checkNoSlug: 'The story has no web address (slug): write a headline or a slug.',
  checkSlugTaken: 'The slug “{{slug}}” is already used by another story: choose another.',
  // notifications (server/features/workflow)
  notifyUpdateApproved: '{{name}} approved the update of {{story}}: it can be published.',
  notifyApprovedNote: '{{name}} approved {{story}}: {{note}}',
  notifyApproved: '{{name}} approved {{story}}.',
  notifySentBack: '{{name}} sent {{story}} back: {{note}}',
  notifySubmittedNote: '{{name}} submitted {{story}} for review: {{note}}',
  notifySubmitted: '{{name}} submitted {{story}} for review.',
  notifyMentioned: '{{name}} mentioned you on {{story}}: {{excerpt}}',
  // co-editing refusals (server/features/collab)
  collabSessionEnded: 'Sign in to continue: your session has ended.',
  collabMayNotOpen: 'You may not open this story.',
  collabNoStory: 'That story does not exist or has been deleted.',
  collabRightsChanged: 'Your rights changed: open the story again.',
  collabNotStory: 'This change is not part of a story and was not saved.',
  collabFieldRight: 'Your role may not change {{field}}: this change was not saved.',
  collabUnreadable: 'This change would make the story text unreadable and was not saved.',
  generic: 'Something went wrong on the server. Your work is safe; try again in a moment.',
  // bulk actions on the story list (server/features/stories), one outcome per row
  bulkMoved: 'Moved to {{section}}.',
  bulkTagged: 'Tagged “{{tag}}”.',
  bulkAlreadyIn: 'Already in {{section}}.',
  bulkAlreadyTagged: 'Already tagged “{{tag}}”.',
  bulkMaxTags: 'Already has {{max, number}} tags.',
  bulkStale: 'Changed by someone else since you selected it: reload and try again.',
  bulkArchivedRow: 'Archived: reopen it as a draft first.',
  bulkLocked: '{{name}} is editing it now.',
  bulkRuleBroken: 'Its text no longer fits the story rules: open it and save it first.',
  bulkUnscheduled: 'Unscheduled: back to approved.',
  bulkArchived: 'Archived.',
  bulkFailed: 'Failed on the server; try this story again.',
  // refusals of the status machine (shared/articles/transitions.ts) and of roles (server/trpc/init.ts);
  // {{action}}, {{role}} and {{status}} are shown in the reader's words (server-messages.ts)
  onlyForPublished: '“{{action}}” is only for published stories; this one is {{status}}.',
  noPendingUpdate: '“{{action}}”: there is no pending update; the live version is the latest.',
  notPossibleWhile: '“{{action}}” is not possible while the story is {{status}}.',
  roleMayNotAction: 'Your role ({{role}}) may not “{{action}}” this story.',
  roleMayNotEdit: 'Your role ({{role}}) may not edit stories.',
  roleNotAllowed: 'Your role ({{role}}) does not allow this action.',
  updateAlreadyApproved: 'This update is already approved.',
  updateNeedsReviewer: 'This update needs a reviewer’s approval before it goes live.',
  updateScheduleNeedsApproval:
    'Only an approved update can be scheduled: ask a reviewer to approve it first.',
  updateNotScheduled: 'This update is not scheduled.',
  // rate limits (server/http/rate-limits.ts), the session, field refusals
  tooManySetups: 'Too many setup attempts. Wait a moment and try again.',
  tooManyPasswordChanges: 'Too many password changes. Wait a moment and try again.',
  tooManySearches: 'Too many searches and list pages at once. Wait a moment and try again.',
  tooManyRequests: 'Too many requests. Slow down.',
  sessionEnded: 'Sign in to continue: your session has ended.',
  hasAccount: 'Already has an account.',
  usedBySection: 'Already used by another section.',
  usedByStory: 'Already used by another story.',
  afterExpiry: 'After the expiry time.',
  sectionSlugRule: 'Slug may use a-z, 0-9 and hyphens between words, like “international”.',
  emptyPassage: 'The passage is empty: select some text.',
  correctionNeedsNote: 'A correction needs a note that tells readers what was corrected.',
  dateOutOfRange: '{{label}} must be a date between the years 1000 and 9999.',
};
