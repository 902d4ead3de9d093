/** The users screen: staff, roles, invites and the one-time account links. */
export const users = {
  title: 'Users',
  caption: 'Newsroom staff',
  empty: 'No users yet.',
  roleOf: 'Role of {{name}}',
  deactivated: 'Deactivated',
  invited: 'Invited',
  active: 'Active',
  you: 'You',
  deactivate: 'Deactivate',
  reactivate: 'Reactivate',
  confirmDeactivate: 'Deactivate {{name}}? They are signed out at once.',
  confirmReactivate: 'Reactivate {{name}}?',
  newInviteLink: 'New invite link',
  resetLink: 'Password reset link',
  invite: {
    title: 'Invite a colleague',
    submit: 'Invite',
  },
  link: {
    invite: 'Invite link',
    reset: 'Password reset link',
    forSent: '{{what}} for <strong>{{name}}</strong> ({{email}}) was sent by email. You can also copy it:',
    for: '{{what}} for <strong>{{name}}</strong> ({{email}}):',
    mailFailed:
      'The email could not be sent (the mail server did not take it). The link is ready: copy it and pass it on yourself.',
    copy: 'Copy link',
    copied: 'Copied',
    expires:
      'It works once, until {{when}} ({{zone}}). Pass it on safely: whoever opens it chooses the password.',
    done: 'Done',
  },
};
