import type { CatalogOf } from '../catalog';
import type * as en from '../en/images';

export const images: CatalogOf<typeof en.images> = {
  lead: 'প্রধান ছবি',
  noCaption: 'এখনও ক্যাপশন বা ক্রেডিট নেই।',
  noAlt: 'এই ছবির বিকল্প লেখা (alt) নেই: প্রকাশের আগে নিচে যোগ করুন।',
  storyCaption: 'এই খবরের জন্য ক্যাপশন',
  usesLibraryCaption: 'লাইব্রেরির ক্যাপশন ব্যবহৃত হবে',
  loading: 'ছবি লোড হচ্ছে…',
  none: 'প্রধান ছবি বেছে নেওয়া হয়নি।',
  change: 'ছবি বদলান',
  choose: 'ছবি বেছে নিন',
  remove: 'সরান',
  chooseTitle: 'প্রধান ছবি বেছে নিন',
  details: 'প্রধান ছবির বিবরণ',
  alt: 'বিকল্প লেখা (ছবিতে কী দেখা যাচ্ছে)',
  libraryCaption: 'লাইব্রেরির ক্যাপশন',
  credit: 'ক্রেডিট',
  saveToLibrary: 'লাইব্রেরিতে সংরক্ষণ করুন',
  saving: 'সংরক্ষণ হচ্ছে…',
  savedToLibrary: 'লাইব্রেরিতে সংরক্ষিত।',
  libraryOnly: 'মিডিয়া লাইব্রেরি সম্পাদনার অনুমতি যাঁদের আছে, কেবল তাঁরাই এগুলো বদলাতে পারেন।',
  figureCaption: 'ক্যাপশন',
  figureCredit: 'ছবি : ক্রেডিট',
  figureAlt: 'বিকল্প লেখা',
  figureAltPlaceholder: 'ছবিতে কী দেখা যাচ্ছে',
};
