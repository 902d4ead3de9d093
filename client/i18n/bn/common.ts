import type { CatalogOf } from '../catalog';
import type * as en from '../en/common';

export const common: CatalogOf<typeof en.common> = {
  loading: 'লোড হচ্ছে…',
  tryAgain: 'আবার চেষ্টা করুন',
  save: 'সংরক্ষণ করুন',
  saving: 'সংরক্ষণ হচ্ছে…',
  cancel: 'বাতিল',
  close: 'বন্ধ করুন',
  remove: 'সরান',
  add: 'যোগ করুন',
  edit: 'সম্পাদনা',
  delete: 'মুছুন',
  restore: 'ফিরিয়ে আনুন',
  search: 'খুঁজুন',
  apply: 'প্রয়োগ করুন',
  clear: 'মুছে দিন',
  yes: 'হ্যাঁ',
  no: 'না',
  none: '—',
  untitled: '(শিরোনামহীন)',
  showMore: 'আরও দেখুন',
  updating: 'হালনাগাদ হচ্ছে…',
  copy: 'কপি করুন',
  copied: 'কপি হয়েছে',
  previous: 'আগের',
  next: 'পরের',
  all: 'সব',
  any: 'যেকোনো',
  name: 'নাম',
  email: 'ইমেইল',
  role: 'ভূমিকা',
  status: 'অবস্থা',
  section: 'বিভাগ',
  actions: 'কাজ',
  when: 'কখন',
  who: 'কে',
  open: 'খুলুন',
  language: 'ভাষা',
  count_one: '{{count, number}}টি',
  count_other: '{{count, number}}টি',
};

export const roles: CatalogOf<typeof en.roles> = {
  admin: 'প্রশাসক',
  manager: 'ব্যবস্থাপক',
  editor: 'সম্পাদক',
  desk: 'ডেস্ক',
};

export const statuses: CatalogOf<typeof en.statuses> = {
  draft: 'খসড়া',
  in_review: 'পর্যালোচনায়',
  changes_requested: 'সংশোধন চাওয়া হয়েছে',
  approved: 'অনুমোদিত',
  scheduled: 'প্রকাশের সময় নির্ধারিত',
  schedule_failed: 'নির্ধারিত প্রকাশ ব্যর্থ',
  published: 'প্রকাশিত',
  unpublished: 'প্রকাশ প্রত্যাহৃত',
  archived: 'আর্কাইভে',
};

export const dates: CatalogOf<typeof en.dates> = {
  unreadable: 'বার্তা এই তারিখ ও সময় পড়তে পারছে না। এভাবে লিখুন: “{{example}}”।',
  unreadableDay: 'বার্তা এই তারিখ পড়তে পারছে না। এভাবে লিখুন: “{{example}}”।',
  zoneNote: 'সময় {{zone}} অনুযায়ী',
};

export const errors: CatalogOf<typeof en.errors> = {
  offline: 'বার্তা সার্ভারের সঙ্গে যোগাযোগ হচ্ছে না। সংযোগ দেখুন; আপনার লেখা কিছুই হারায়নি।',
  generic: 'কিছু একটা গোলমাল হয়েছে। আবার চেষ্টা করুন।',
  supportReference: 'সহায়তার জন্য সূত্র: {{reference}}',
  code: {
    BAD_REQUEST: 'যা লেখা হয়েছে তার কিছু অংশ সংরক্ষণ করা যাচ্ছে না। ঘরগুলো দেখে আবার চেষ্টা করুন।',
    UNAUTHORIZED: 'আপনি সাইন ইন করা নেই। সাইন ইন করে আবার চেষ্টা করুন।',
    FORBIDDEN: 'আপনার ভূমিকায় এই কাজের অনুমতি নেই। দরকার হলে প্রশাসককে বলুন।',
    NOT_FOUND: 'এটি আর নেই: হয়তো মুছে ফেলা বা সরানো হয়েছে।',
    CONFLICT: 'একই সময়ে অন্য কেউ এটি বদলেছেন। বর্তমান সংস্করণ দেখতে পাতাটি আবার লোড করুন, তারপর আবার চেষ্টা করুন।',
    PRECONDITION_FAILED: 'এখনই এটি করা যাচ্ছে না: প্রয়োজনীয় কিছু বাকি আছে।',
    TOO_MANY_REQUESTS: 'অনেকবার চেষ্টা হয়েছে। কয়েক মিনিট অপেক্ষা করে আবার চেষ্টা করুন।',
    PAYLOAD_TOO_LARGE: 'এটি আপলোডের জন্য অনেক বড়।',
    INTERNAL_SERVER_ERROR: 'সার্ভারে কিছু একটা গোলমাল হয়েছে। আপনার কাজ নিরাপদ আছে; একটু পরে আবার চেষ্টা করুন।',
  },
};
