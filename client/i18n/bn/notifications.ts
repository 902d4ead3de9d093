import type { CatalogOf } from '../catalog';
import type * as en from '../en/notifications';

export const notifications: CatalogOf<typeof en.notifications> = {
  story: '“{{headline}}”',
  untitledStory: 'একটি শিরোনামহীন খবর',
  submitted: '{{name}} {{story}} পর্যালোচনায় পাঠিয়েছেন।',
  submittedNote: '{{name}} {{story}} পর্যালোচনায় পাঠিয়েছেন: {{note}}',
  approved: '{{name}} {{story}} অনুমোদন করেছেন।',
  approvedNote: '{{name}} {{story}} অনুমোদন করেছেন: {{note}}',
  updateApproved: '{{name}} {{story}}-এর হালনাগাদ অনুমোদন করেছেন: এখন প্রকাশ করা যাবে।',
  sentBack: '{{name}} {{story}} সংশোধনে ফেরত পাঠিয়েছেন: {{note}}',
  mentioned: '{{name}} {{story}}-এ আপনার নাম উল্লেখ করেছেন: {{note}}',
  live: '{{story}} প্রকাশিত হয়েছে।',
  liveAgain: '{{story}} আবার প্রকাশিত হয়েছে।',
  publishedOnSchedule: '{{story}} নির্ধারিত সময়ে প্রকাশিত হয়েছে।',
  scheduleFailed: '{{story}} নির্ধারিত সময়ে প্রকাশ করা যায়নি।',
  takenDown: '{{story}} সাইট থেকে সরানো হয়েছে: {{note}}',
  updateLive: '{{story}}-এর হালনাগাদ প্রকাশিত হয়েছে।',
  updateLiveNote: '{{story}}-এর হালনাগাদ প্রকাশিত হয়েছে: {{note}}',
  correctionLive: '{{story}}-এর সংশোধনী প্রকাশিত হয়েছে।',
  correctionLiveNote: '{{story}}-এর সংশোধনী প্রকাশিত হয়েছে: {{note}}',
  updateFailed: '{{story}}-এর নির্ধারিত হালনাগাদ প্রকাশ হয়নি; আগের সংস্করণই সাইটে আছে।',
  updateUnscheduled:
    '{{story}}-এর নির্ধারিত হালনাগাদ সম্পাদনা হওয়ায় সময়সূচি থেকে সরানো হয়েছে: আবার পর্যালোচকের অনুমোদন লাগবে।',
  editedAfterApproval: 'অনুমোদনের পর {{story}} সম্পাদনা হওয়ায় সময়সূচি থেকে সরে আবার পর্যালোচনায় গেছে।',
};
