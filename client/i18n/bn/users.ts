import type { CatalogOf } from '../catalog';
import type * as en from '../en/users';

export const users: CatalogOf<typeof en.users> = {
  title: 'ব্যবহারকারী',
  caption: 'বার্তাকক্ষের কর্মীরা',
  empty: 'এখনও কোনো ব্যবহারকারী নেই।',
  roleOf: '{{name}}-এর ভূমিকা',
  deactivated: 'নিষ্ক্রিয়',
  invited: 'আমন্ত্রিত',
  active: 'সক্রিয়',
  you: 'আপনি',
  deactivate: 'নিষ্ক্রিয় করুন',
  reactivate: 'আবার সক্রিয় করুন',
  confirmDeactivate: '{{name}}-কে নিষ্ক্রিয় করবেন? সঙ্গে সঙ্গে তাঁকে সাইন আউট করা হবে।',
  confirmReactivate: '{{name}}-কে আবার সক্রিয় করবেন?',
  newInviteLink: 'নতুন আমন্ত্রণ লিংক',
  resetLink: 'পাসওয়ার্ড বদলের লিংক',
  invite: {
    title: 'সহকর্মীকে আমন্ত্রণ জানান',
    submit: 'আমন্ত্রণ পাঠান',
  },
  link: {
    invite: 'আমন্ত্রণ লিংক',
    reset: 'পাসওয়ার্ড বদলের লিংক',
    forSent: '<strong>{{name}}</strong> ({{email}})-এর {{what}} ইমেইলে পাঠানো হয়েছে। চাইলে কপিও করতে পারেন:',
    for: '<strong>{{name}}</strong> ({{email}})-এর {{what}}:',
    mailFailed: 'ইমেইল পাঠানো যায়নি (মেইল সার্ভার নেয়নি)। লিংক তৈরি আছে: কপি করে নিজেই পৌঁছে দিন।',
    copy: 'লিংক কপি করুন',
    copied: 'কপি হয়েছে',
    expires:
      'লিংকটি একবারই কাজ করবে, {{when}} ({{zone}}) পর্যন্ত। নিরাপদে পৌঁছে দিন: যিনি এটি খুলবেন, তিনিই পাসওয়ার্ড ঠিক করবেন।',
    done: 'হয়েছে',
  },
};
