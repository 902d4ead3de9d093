import type { CatalogOf } from '../catalog';
import type * as en from '../en/auth';

export const auth: CatalogOf<typeof en.auth> = {
  signIn: {
    title: 'বার্তা নিউজরুম',
    submit: 'সাইন ইন',
    pending: 'সাইন ইন হচ্ছে…',
  },
  password: 'পাসওয়ার্ড',
  passwordHint_one: 'অন্তত {{count, number}} অক্ষর।',
  passwordHint_other: 'অন্তত {{count, number}} অক্ষর।',
  mismatch: 'দুটি পাসওয়ার্ড মিলছে না।',
  showPassword: 'পাসওয়ার্ড দেখান',
  setup: {
    title: 'আপনার নিউজরুম প্রস্তুত করুন',
    intro:
      'প্রশাসকের অ্যাকাউন্ট আর পত্রিকার বিভাগগুলো তৈরি করুন। এরপর সম্পাদক, ব্যবস্থাপক ও ডেস্কের সহকর্মীদের আমন্ত্রণ জানাতে পারবেন।',
    yourName: 'আপনার নাম',
    repeat: 'পাসওয়ার্ড আবার লিখুন',
    submit: 'প্রশাসক তৈরি করুন',
    sections: 'বিভাগ',
    sectionsIntro: 'পত্রিকার বিভাগগুলো, মাস্টহেডের ক্রমে। এখনই বদলাতে পারেন, পরে বিভাগ পাতাতেও পারবেন।',
    sectionBn: 'বিভাগ {{n, number}}, বাংলা নাম',
    sectionEn: 'বিভাগ {{n, number}}, ইংরেজি নাম',
    removeSection: '{{name}} বিভাগটি সরান',
    addSection: 'বিভাগ যোগ করুন',
  },
  link: {
    welcome: 'নিউজরুমে স্বাগতম',
    reset: 'নতুন পাসওয়ার্ড বেছে নিন',
    checking: 'লিংকটি যাচাই হচ্ছে…',
    choose: 'আপনার পাসওয়ার্ড বেছে নিন',
    newPassword: 'নতুন পাসওয়ার্ড',
    submitInvite: 'পাসওয়ার্ড ঠিক করে সাইন ইন করুন',
    submitReset: 'পাসওয়ার্ড সংরক্ষণ করে সাইন ইন করুন',
    toSignIn: 'সাইন ইন পাতায় যান',
  },
  account: {
    forcedTitle: 'আপনার পাসওয়ার্ড বেছে নিন',
    title: 'আপনার অ্যাকাউন্ট',
    forcedIntro: 'স্বাগতম, {{name}}। আপনি এককালীন পাসওয়ার্ডে সাইন ইন করেছেন: এগোতে নিজের পাসওয়ার্ড বেছে নিন।',
    changed: 'পাসওয়ার্ড বদলানো হয়েছে। আপনার অন্য ডিভাইসগুলো থেকে সাইন আউট করা হয়েছে।',
    oneTime: 'এককালীন পাসওয়ার্ড',
    current: 'বর্তমান পাসওয়ার্ড',
    newPassword: 'নতুন পাসওয়ার্ড',
    repeat: 'নতুন পাসওয়ার্ড আবার লিখুন',
    submit: 'পাসওয়ার্ড বদলান',
    languageTitle: 'ভাষা',
    languageHint: 'যে ডিভাইসেই সাইন ইন করুন, ড্যাশবোর্ড এই ভাষায় দেখাবে।',
    passwordTitle: 'পাসওয়ার্ড',
  },
};
