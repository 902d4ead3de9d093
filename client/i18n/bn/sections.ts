import type { CatalogOf } from '../catalog';
import type * as en from '../en/sections';

export const sections: CatalogOf<typeof en.sections> = {
  title: 'বিভাগ',
  intro:
    'পাঠকের সাইটের মাস্টহেড, এই ক্রমে। সরাতে বিভাগটি টেনে নিন (অথবা হাতলে গিয়ে তীর-চাবি ব্যবহার করুন)। যে বিভাগে খবর আছে তা মোছা যায় না: আর্কাইভ করুন, তার খবর অনলাইনেই থাকবে।',
  pickedUp: '{{name}} তোলা হয়েছে।',
  over: '{{name}} এখন {{total}}টির মধ্যে {{position}} নম্বর জায়গার ওপর।',
  dropped: '{{name}} রাখা হয়েছে {{total}}টির মধ্যে {{position}} নম্বরে।',
  cancelled: '{{name}} সরানো বাতিল হয়েছে।',
  inOrder: 'মাস্টহেডের ক্রমে বিভাগ',
  none: 'এখনও কোনো বিভাগ নেই: ওপরে প্রথমটি যোগ করুন।',
  archived: 'আর্কাইভে',
  archivedList: 'আর্কাইভে থাকা বিভাগ',
  newTitle: 'নতুন বিভাগ',
  nameBn: 'বাংলা নাম',
  nameEn: 'ইংরেজি নাম',
  slug: 'স্লাগ',
  slugHintNew: 'ঐচ্ছিক: ইংরেজি নাম থেকে তৈরি হবে।',
  slugHintRename: 'বদলালে বিভাগের পাতার ঠিকানাও বদলাবে।',
  add: 'বিভাগ যোগ করুন',
  move: '“{{name}}” সরান, {{total}}টির মধ্যে {{position}} নম্বর',
  stories_one: '{{count, number}}টি খবর',
  stories_other: '{{count, number}}টি খবর',
  hidden: 'মাস্টহেডে লুকানো',
  rename: 'নাম বদলান',
  renameLabel: '{{name}}-এর নাম বদলান',
  show: 'মাস্টহেডে দেখান',
  hide: 'মাস্টহেড থেকে লুকান',
  restore: 'ফিরিয়ে আনুন',
  archive: 'আর্কাইভ করুন',
  delete: 'মুছুন',
  confirmDelete: '“{{name}}” বিভাগটি মুছবেন?',
  save: 'সংরক্ষণ করুন',
  cancel: 'বাতিল',
};

export const site: CatalogOf<typeof en.site> = {
  title: 'সাইটের সেটিংস',
  saved: 'সংরক্ষিত। পাঠকের সাইটে এখনই নতুন সেটিংস দেখা যাচ্ছে।',
  fields: {
    siteName: 'সাইটের নাম',
    masthead: 'মাস্টহেডের লাইন',
    editorName: 'সম্পাদক (ইমপ্রিন্ট)',
    publisherName: 'প্রকাশক (ইমপ্রিন্ট)',
    defaultByline: 'সাধারণ বাইলাইন',
  },
  hints: {
    siteName: 'মাস্টহেড ও পাতার শিরোনামে, যেমন দৈনিক বার্তা।',
    masthead: 'ঐচ্ছিক: নামের নিচের একটি লাইন।',
    editorName: 'ফুটারে “সম্পাদক” হিসেবে দেখাবে। খালি রাখলে লাইনটি থাকবে না।',
    publisherName: 'ফুটারে “প্রকাশক” হিসেবে দেখাবে। খালি রাখলে লাইনটি থাকবে না।',
    defaultByline: 'নতুন খবরের বাইলাইন যা দিয়ে শুরু হয়, যেমন নিজস্ব প্রতিবেদক।',
  },
  fromEnvironment:
    'এনভায়রনমেন্ট ({{variable}}) থেকে ঠিক করা: পাঠকেরা দেখছেন “{{value}}”। এই ঘর ব্যবহার করতে ভেরিয়েবলটি সরান।',
  timeZone: 'সময় অঞ্চল:',
  timeZoneNote: '(NEWSROOM_TIME_ZONE দিয়ে ঠিক করা; ড্যাশবোর্ডের সব সময় এই অঞ্চলে দেখানো হয়)',
  save: 'সেটিংস সংরক্ষণ করুন',
};
