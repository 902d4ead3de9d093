import type { CatalogOf } from '../catalog';
import type * as en from '../en/collab';

export const collab: CatalogOf<typeof en.collab> = {
  saveTitle: 'যৌথ লেখা লিখতে লিখতেই সংরক্ষণ হয়: এটি খবরে সব বদল পৌঁছানো পর্যন্ত অপেক্ষা করে (Ctrl+S)',
  connecting: 'যৌথ খবরের সঙ্গে যুক্ত হচ্ছে…',
  presence: {
    label: 'এখন এই খবরে আছেন',
    you: '{{name}} (আপনি)',
    readOnly: '(দেখছেন, শুধু পড়া)',
    watchingReadOnly: 'আপনি খবরটি সরাসরি দেখছেন, শুধু পড়ার জন্য: অন্যরা লিখতে লিখতেই বদল দেখা যায়।',
  },
  status: {
    connecting: 'যুক্ত হচ্ছে…',
    waiting_one: '{{count, number}}টি বদল সার্ভারে যাওয়ার অপেক্ষায়…',
    waiting_other: '{{count, number}}টি বদল সার্ভারে যাওয়ার অপেক্ষায়…',
    onServer: 'সব বদল সার্ভারে আছে; সংস্করণ সংরক্ষণ হচ্ছে…',
    upToDate: 'সব বদল সার্ভারে আছে',
    refused: 'যৌথ সম্পাদনা বন্ধ: ওপরের বার্তা দেখুন।',
  },
  refusal: {
    title: 'যৌথ সম্পাদনা বন্ধ হয়েছে।',
    fallback: 'আপনার লেখা এখানে রাখা আছে এবং আগের মতো, একজন সম্পাদক করে, সংরক্ষণ হবে।',
  },
  closedTab: {
    title: 'এখনো সংরক্ষিত হয়নি',
    waiting: 'এই যন্ত্রে বন্ধ করা একটি ট্যাবে লেখা সংরক্ষণের অপেক্ষায়: “{{headline}}”।',
    untitled: 'শিরোনামহীন একটি খবর',
    readOnly: 'আপনি এখন খবরটি শুধু পড়তে পারবেন; লেখাটি কপি করতে খবরটি খুলুন।',
    open: 'খবরটি খুলুন',
  },
};
