import type { CatalogOf } from '../catalog';
import type * as en from '../en/app';

export const app: CatalogOf<typeof en.app> = {
  brandSub: 'বার্তা নিউজরুম',
  loading: 'লোড হচ্ছে…',
  menu: 'মেনু',
  mainNav: 'প্রধান',
  nav: {
    overview: 'সারসংক্ষেপ',
    stories: 'খবর',
    newStory: 'নতুন খবর',
    media: 'মিডিয়া',
    bin: 'ট্র্যাশ',
    users: 'ব্যবহারকারী',
    review: 'পর্যালোচনা',
    calendar: 'সময়সূচি',
    brokenLinks: 'ভাঙা লিংক',
    corrections: 'সংশোধনী',
    audit: 'কার্যলগ',
    sections: 'বিভাগ',
    settings: 'সেটিংস',
  },
  signOut: 'সাইন আউট',
  account: '{{name}} · {{role}}',
  languageSwitch: 'ড্যাশবোর্ডের ভাষা',
  languageNames: { bn: 'বাংলা', en: 'English' },
  notFound: {
    title: 'পাতা পাওয়া যায়নি',
    body: 'এই ঠিকানায় কোনো পাতা নেই।',
    back: 'সারসংক্ষেপে ফিরে যান',
  },
  forbidden: {
    title: 'আপনার ভূমিকায় এই পাতা খোলা যায় না',
    body: 'এই পাতা দরকার হলে প্রশাসককে বলুন।',
  },
};

export const home: CatalogOf<typeof en.home> = {
  greeting: 'স্বাগতম, {{name}}',
  signedInAs: '{{role}} হিসেবে সাইন ইন করেছেন।',
  openList: 'খবরের তালিকা খুলুন',
  today: 'আজ ({{zone}})',
  drafts: 'খসড়া',
  waitingReview: 'পর্যালোচনার অপেক্ষায়',
  scheduledNext24h: 'আগামী ২৪ ঘণ্টায় প্রকাশের জন্য নির্ধারিত',
  publishedToday: 'আজ প্রকাশিত',
  failedSchedules: 'ব্যর্থ নির্ধারিত প্রকাশ',
  chartLabel: 'গত ৭ দিনে প্রতি ঘণ্টায় প্রকাশিত খবর: মোট {{total, number}}টি, এক ঘণ্টায় সর্বোচ্চ {{max, number}}টি।',
  chartCaption: 'গত ৭ দিনে প্রতি ঘণ্টায় প্রকাশিত খবর ({{zone}} সময়); এক ঘণ্টায় সর্বোচ্চ: {{max, number}}টি।',
};
