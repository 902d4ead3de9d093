/** The frame around every screen: navigation, account menu, language switch, fallback pages. */
export const app = {
  brandSub: 'Barta newsroom',
  loading: 'Loading…',
  menu: 'Menu',
  mainNav: 'Main',
  nav: {
    overview: 'Overview',
    stories: 'Stories',
    newStory: 'New story',
    media: 'Media',
    bin: 'Bin',
    users: 'Users',
    review: 'Review',
    calendar: 'Calendar',
    brokenLinks: 'Broken links',
    corrections: 'Corrections',
    audit: 'Audit log',
    sections: 'Sections',
    settings: 'Settings',
  },
  signOut: 'Sign out',
  account: '{{name}} · {{role}}',
  languageSwitch: 'Dashboard language',
  languageNames: { bn: 'বাংলা', en: 'English' },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address.',
    back: 'Go to the overview',
  },
  forbidden: {
    title: 'Not available to your role',
    body: 'Ask an administrator if you need access to this page.',
  },
};

export const home = {
  greeting: 'Welcome, {{name}}',
  signedInAs: 'Signed in as {{role}}.',
  openList: 'Open the story list',
  today: 'Today ({{zone}})',
  drafts: 'Drafts',
  waitingReview: 'Waiting for review',
  scheduledNext24h: 'Scheduled in the next 24 hours',
  publishedToday: 'Published today',
  failedSchedules: 'Failed schedules',
  chartLabel:
    'Stories published per hour over the last 7 days: {{total, number}} in all, at most {{max, number}} in one hour.',
  chartCaption:
    'Stories published per hour, last 7 days (hours in {{zone}}); most in one hour: {{max, number}}.',
};
