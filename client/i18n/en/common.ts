import { STATUS_LABELS } from '../../../shared/articles/status';

/** Words many screens share: actions, states, labels of roles and story statuses. */
export const common = {
  loading: 'Loading…',
  tryAgain: 'Try again',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  close: 'Close',
  remove: 'Remove',
  add: 'Add',
  edit: 'Edit',
  delete: 'Delete',
  restore: 'Restore',
  search: 'Search',
  apply: 'Apply',
  clear: 'Clear',
  yes: 'yes',
  no: 'no',
  none: '—',
  untitled: '(untitled)',
  showMore: 'Show more',
  updating: 'updating…',
  copy: 'Copy',
  copied: 'Copied',
  previous: 'Previous',
  next: 'Next',
  all: 'All',
  any: 'Any',
  name: 'Name',
  email: 'Email',
  role: 'Role',
  status: 'Status',
  section: 'Section',
  actions: 'Actions',
  when: 'When',
  who: 'Who',
  open: 'Open',
  language: 'Language',
  count_one: '{{count, number}} item',
  count_other: '{{count, number}} items',
};

export const roles = {
  admin: 'Administrator',
  manager: 'Manager',
  editor: 'Editor',
  desk: 'Desk',
};

// The same English the server writes into its messages (server-messages.ts reads them back).
export const statuses = { ...STATUS_LABELS };

export const dates = {
  unreadable: 'Not a date and time Barta can read. Write it like “{{example}}”.',
  unreadableDay: 'Not a day Barta can read. Write it like “{{example}}”.',
  zoneNote: 'times in {{zone}}',
};

export const errors = {
  offline: 'Cannot reach the Barta server. Check your connection; nothing you typed has been lost.',
  generic: 'Something went wrong. Try again.',
  supportReference: 'Reference for support: {{reference}}',
  // By tRPC code, for a server message this catalog does not know word for word.
  code: {
    BAD_REQUEST: 'Some of what was entered cannot be saved. Check the fields and try again.',
    UNAUTHORIZED: 'You are not signed in. Sign in and try again.',
    FORBIDDEN: 'Your role may not do this. Ask an administrator if you need it.',
    NOT_FOUND: 'This no longer exists: it may have been deleted or moved.',
    CONFLICT:
      'Someone else changed this at the same time. Reload to see the current version, then try again.',
    PRECONDITION_FAILED: 'This cannot be done yet: something it needs is missing.',
    TOO_MANY_REQUESTS: 'Too many attempts. Wait a few minutes and try again.',
    PAYLOAD_TOO_LARGE: 'This is too large to upload.',
    INTERNAL_SERVER_ERROR: 'Something went wrong on the server. Your work is safe; try again in a moment.',
  },
};
