/** Signing in, first-run setup, invite and reset links, one's own password. */
export const auth = {
  signIn: {
    title: 'Barta newsroom',
    submit: 'Sign in',
    pending: 'Signing in…',
    /** Shown after the server ended this person's session while they worked (deactivated, signed out elsewhere). */
    signedOut:
      'You were signed out: your account was deactivated or your session ended. What you typed is kept on this device and is sent once you sign in again; ask an administrator if you need access.',
  },
  password: 'Password',
  passwordHint_one: 'At least {{count, number}} character.',
  passwordHint_other: 'At least {{count, number}} characters.',
  mismatch: 'The two passwords differ.',
  showPassword: 'Show password',
  setup: {
    title: 'Set up your newsroom',
    intro:
      "Create the administrator account and the paper's sections. You can invite editors, managers and desk staff next.",
    yourName: 'Your name',
    repeat: 'Repeat password',
    submit: 'Create administrator',
    sections: 'Sections',
    sectionsIntro:
      'The sections of your paper, in masthead order. Edit them now or later on the Sections screen.',
    sectionBn: 'Section {{n, number}}, Bengali name',
    sectionEn: 'Section {{n, number}}, English name',
    removeSection: 'Remove section {{name}}',
    addSection: 'Add a section',
  },
  link: {
    welcome: 'Welcome to the newsroom',
    reset: 'Choose a new password',
    checking: 'Checking the link…',
    choose: 'Choose your password',
    newPassword: 'New password',
    submitInvite: 'Set password and sign in',
    submitReset: 'Save password and sign in',
    toSignIn: 'Go to sign in',
  },
  account: {
    forcedTitle: 'Choose your password',
    title: 'Your account',
    forcedIntro: 'Welcome, {{name}}. You signed in with a one-time password: choose your own to continue.',
    changed: 'Password changed. Your other devices have been signed out.',
    oneTime: 'One-time password',
    current: 'Current password',
    newPassword: 'New password',
    repeat: 'Repeat new password',
    submit: 'Change password',
    languageTitle: 'Language',
    languageHint: 'The dashboard is shown in this language on every device you sign in on.',
    passwordTitle: 'Password',
  },
};
