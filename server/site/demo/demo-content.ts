/**
 * The demo newsroom: the story of the reference page (../shared/seeds/000_40ef901e960c6e8f.txt)
 * with the stories it links to. Texts are the page's own, NFC-normalized on save.
 */

export interface DemoSection {
  slug: string;
  nameBn: string;
  nameEn: string;
}

export const DEMO_SECTIONS: DemoSection[] = [
  { slug: 'national', nameBn: 'জাতীয়', nameEn: 'National' },
  { slug: 'usa', nameBn: 'যুক্তরাষ্ট্র', nameEn: 'United States' },
  { slug: 'international', nameBn: 'আন্তর্জাতিক', nameEn: 'International' },
  { slug: 'economy', nameBn: 'অর্থনীতি', nameEn: 'Economy' },
  { slug: 'education', nameBn: 'শিক্ষা', nameEn: 'Education' },
  { slug: 'opinion', nameBn: 'মতামত', nameEn: 'Opinion' },
];

export const DEMO_USERS = [
  { role: 'admin', email: 'admin@demo.barta', name: 'আনিসুর রহমান' },
  { role: 'manager', email: 'manager@demo.barta', name: 'নাসরিন আক্তার' },
  { role: 'editor', email: 'editor@demo.barta', name: 'তানভীর হাসান' },
  { role: 'desk', email: 'desk@demo.barta', name: 'ফারহানা ইসলাম' },
] as const;

export interface DemoImage {
  /** Two gradient colours and an accent for the generated picture (no text in it). */
  palette: [string, string, string];
  alt: string;
  caption: string;
  credit: string;
}

export interface DemoStory {
  key: string;
  slug: string;
  section: string;
  headline: string;
  kicker?: string;
  summary: string;
  byline: string;
  publishedAt: string;
  paragraphs: string[];
  image: DemoImage;
}

export const SEED_PUBLISHED_AT = '2025-07-23T07:48:00Z';

export const JAPAN_STORY: DemoStory = {
  key: 'japan',
  slug: 'japaner-sangge-bishal-banijya-chuktir-ghoshana-trampher',
  section: 'international',
  headline: 'জাপানের সঙ্গে ‘বিশাল’ বাণিজ্য চুক্তির ঘোষণা ট্রাম্পের',
  summary: 'জাপানের সঙ্গে একটি বড় বাণিজ্য চুক্তির ঘোষণা দিয়েছেন মার্কিন প্রেসিডেন্ট ডোনাল্ড ট্রাম্প।',
  byline: 'কাগজ ডেস্ক',
  publishedAt: '2025-07-23T03:15:00Z',
  paragraphs: [
    'জাপানের সঙ্গে একটি ‘বিশাল’ বাণিজ্য চুক্তির ঘোষণা দিয়েছেন মার্কিন প্রেসিডেন্ট ডোনাল্ড ট্রাম্প।',
    'চুক্তি অনুযায়ী জাপানি পণ্যের ওপর যুক্তরাষ্ট্রের শুল্ক কমবে, আর জাপান যুক্তরাষ্ট্রে বড় অঙ্কের বিনিয়োগ করবে বলে জানানো হয়েছে।',
  ],
  image: {
    palette: ['#1d3557', '#e63946', '#f1faee'],
    alt: 'বাণিজ্য চুক্তির প্রতীকী ছবি',
    caption: 'প্রতীকী ছবি।',
    credit: 'সংগৃহীত',
  },
};

export const RELATED_STORIES: DemoStory[] = [
  {
    key: 'burn',
    slug: 'jatiy-barn-institute-8-jon-ashankajanak',
    section: 'national',
    kicker: 'মাইলস্টোনে বিমান বিধ্বস্ত',
    headline: 'জাতীয় বার্ন ইনস্টিটিউটে ৮ জনের অবস্থা আশঙ্কাজনক, গুরুতর ১৩',
    summary: 'মাইলস্টোন স্কুলে বিমান বিধ্বস্তের ঘটনায় দগ্ধদের মধ্যে ৮ জনের অবস্থা আশঙ্কাজনক।',
    byline: 'কাগজ প্রতিবেদক',
    publishedAt: '2025-07-23T06:30:00Z',
    paragraphs: ['জাতীয় বার্ন অ্যান্ড প্লাস্টিক সার্জারি ইনস্টিটিউটে চিকিৎসাধীনদের মধ্যে ৮ জনের অবস্থা আশঙ্কাজনক, গুরুতর ১৩ জন।'],
    image: {
      palette: ['#3d405b', '#e07a5f', '#f4f1de'],
      alt: 'হাসপাতালের প্রতীকী ছবি',
      caption: 'প্রতীকী ছবি।',
      credit: 'সংগৃহীত',
    },
  },
  {
    key: 'hsc',
    slug: 'sthagit-hsc-porikkha-17-o-19-august',
    section: 'education',
    headline: 'স্থগিত এইচএসসির পরীক্ষা হবে ১৭ ও ১৯ আগস্ট',
    summary: 'স্থগিত হওয়া এইচএসসি পরীক্ষা ১৭ ও ১৯ আগস্ট অনুষ্ঠিত হবে।',
    byline: 'কাগজ প্রতিবেদক',
    publishedAt: '2025-07-23T05:10:00Z',
    paragraphs: ['স্থগিত হওয়া এইচএসসি ও সমমানের পরীক্ষা আগামী ১৭ ও ১৯ আগস্ট অনুষ্ঠিত হবে।'],
    image: {
      palette: ['#264653', '#2a9d8f', '#e9c46a'],
      alt: 'পরীক্ষার হলের প্রতীকী ছবি',
      caption: 'প্রতীকী ছবি।',
      credit: 'সংগৃহীত',
    },
  },
  {
    key: 'asif',
    slug: 'milestone-school-abaruddha-asif-nazrul-barta',
    section: 'national',
    headline: 'মাইলস্টোন স্কুলে অবরুদ্ধ আসিফ নজরুল শিক্ষার্থীদের যে বার্তা দিয়ে ছিলেন',
    summary: 'মাইলস্টোন স্কুলে অবরুদ্ধ অবস্থায় শিক্ষার্থীদের উদ্দেশে বার্তা দেন আসিফ নজরুল।',
    byline: 'কাগজ প্রতিবেদক',
    publishedAt: '2025-07-22T16:40:00Z',
    paragraphs: ['মাইলস্টোন স্কুলে অবরুদ্ধ অবস্থায় শিক্ষার্থীদের উদ্দেশে বার্তা দিয়েছিলেন আসিফ নজরুল।'],
    image: {
      palette: ['#5f0f40', '#9a031e', '#fb8b24'],
      alt: 'বিদ্যালয় প্রাঙ্গণের প্রতীকী ছবি',
      caption: 'প্রতীকী ছবি।',
      credit: 'সংগৃহীত',
    },
  },
  {
    key: 'tragedy',
    slug: 'milestone-trajedir-nepothyo',
    section: 'opinion',
    headline: 'মাইলস্টোন ট্র্যাজেডির নেপথ্য, কী বার্তা দিলো আমাদের?',
    summary: 'মাইলস্টোন ট্র্যাজেডি আমাদের কী শিক্ষা দিয়ে গেল, তা নিয়ে বিশ্লেষণ।',
    byline: 'কাগজ ডেস্ক',
    publishedAt: '2025-07-22T12:00:00Z',
    paragraphs: ['মাইলস্টোন ট্র্যাজেডি আমাদের সামনে নিরাপত্তা ও প্রস্তুতির অনেক প্রশ্ন রেখে গেছে।'],
    image: {
      palette: ['#2b2d42', '#8d99ae', '#edf2f4'],
      alt: 'আকাশের প্রতীকী ছবি',
      caption: 'প্রতীকী ছবি।',
      credit: 'সংগৃহীত',
    },
  },
];

/** The story of the seed page. The read-more box goes after paragraph 5, where the page has it. */
export const SEED_STORY: DemoStory & { readMoreAfter: number } = {
  key: 'grok',
  slug: 'grok-chalate-12-biliyon-dolar-rin-nichchhen-ilon-mask',
  section: 'usa',
  headline: '‘গ্রোক’ চালাতে ১২ বিলিয়ন ডলার ঋণ নিচ্ছেন ইলন মাস্ক',
  summary:
    'নিজের এআই প্রতিষ্ঠান এক্স-এআই-এর ‘গ্রোক’ চ্যাটবটকে এগিয়ে নিতে প্রায় ১২ বিলিয়ন মার্কিন ডলার ঋণ সংগ্রহের উদ্যোগ নিয়েছেন ইলন মাস্ক।',
  byline: 'কাগজ ডেস্ক',
  publishedAt: SEED_PUBLISHED_AT,
  readMoreAfter: 5,
  image: {
    palette: ['#0b132b', '#3a506b', '#5bc0be'],
    alt: '‘গ্রোক’ চালাতে ১২ বিলিয়ন ডলার ঋণ নিচ্ছেন ইলন মাস্ক',
    caption: 'ইলন মাস্ক।',
    credit: 'সংগৃহীত',
  },
  paragraphs: [
    'বিশ্বব্যাপী কৃত্রিম বুদ্ধিমত্তা (এআই) খাতে প্রতিযোগিতা ক্রমেই তীব্র হচ্ছে। এরইমধ্যে নিজের এআই প্রতিষ্ঠান এক্স-এআই-এর ‘গ্রোক’ চ্যাটবটকে এগিয়ে নিতে প্রায় ১২ বিলিয়ন মার্কিন ডলার ঋণ সংগ্রহের উদ্যোগ নিয়েছেন ইলন মাস্ক। যুক্তরাষ্ট্রের প্রভাবশালী সংবাদমাধ্যম ওয়াল স্ট্রিট জার্নাল এই তথ্য জানিয়েছে।',
    'মাস্কের ঘনিষ্ঠ সহযোগী অ্যান্টোনিও গ্রাসিয়াস পরিচালিত বিনিয়োগ প্রতিষ্ঠান ভ্যালর ইক্যুইটি পার্টনার্স এই বিপুল অর্থ সংগ্রহের প্রক্রিয়ায় নেতৃত্ব দিচ্ছে। এরইমধ্যে কয়েকটি শীর্ষ আর্থিক প্রতিষ্ঠানের সঙ্গে আলোচনা শুরু হয়েছে।',
    'প্রাথমিক পরিকল্পনা অনুযায়ী, এই অর্থ দিয়ে এনভিডিয়ার তৈরি সর্বাধুনিক জিবি২০০ ও জিবি৩০০ সিরিজের চিপ কেনা হবে। এসব চিপ দিয়ে তৈরি হবে বিশ্বের অন্যতম বড় ডেটা সেন্টার, যা ‘গ্রোক’ চ্যাটবটের প্রশিক্ষণ ও পরিচালনায় ব্যবহৃত হবে।',
    'ওয়াল স্ট্রিট জার্নাল জানায়, নতুন এই সুপারক্লাস্টারে ৫ লাখ ৫০ হাজার গ্রাফিক্স প্রসেসিং ইউনিট (জিপিইউ) যুক্ত থাকবে। এর আগে মাস্ক জানিয়েছেন, বর্তমানে এক্স-এআই-এর ক্লাস্টারে ২ লাখ ৩০ হাজার জিপিইউ সক্রিয় রয়েছে। নতুন সুপারক্লাস্টার চালু হলে, এটি প্রতিষ্ঠানটিকে এআই প্রতিযোগিতায় আরো এগিয়ে রাখবে।',
    'যুক্তরাষ্ট্রের বিভিন্ন সংবাদমাধ্যমের তথ্য অনুযায়ী, কেবল ২০২৫ সালেই এক্স-এআই-এর সম্ভাব্য ব্যয় হবে ১৩ বিলিয়ন ডলার। অর্থাৎ, পুরো প্রকল্প বাস্তবায়নে ঋণ নেওয়া ছাড়া আর কোনো বিকল্প দেখছেন না মাস্ক।',
    'ঋণদাতারা ঋণের মেয়াদ তিন বছর নির্ধারণ এবং অর্থের পরিমাণে সীমা বেঁধে দেওয়ার প্রস্তাব দিয়েছেন, যাতে ঝুঁকি নিয়ন্ত্রণে রাখা যায়। তবে এখনো এক্স-এআই বা ভ্যালর ইক্যুইটি পার্টনার্সের পক্ষ থেকে আনুষ্ঠানিক কোনো মন্তব্য আসেনি।',
    'বিশ্বের শীর্ষ প্রযুক্তি জায়ান্টরা বর্তমানে এআই খাতে মহাকৌশলগত প্রতিযোগিতায় লিপ্ত।ওপেনএআই, গুগল, অ্যানথ্রোপিক, মেটা এমনকি চীনের ডিপসিক-এর মতো প্রতিদ্বন্দ্বীরা চিপ, কম্পিউটিং ক্ষমতা ও মেধাবী ইঞ্জিনিয়ারিং টিমের পেছনে বিশাল অঙ্কের অর্থ বিনিয়োগ করছে।',
    'বিশেষজ্ঞরা বলছেন, বৈশ্বিক এআই প্রতিযোগিতার এই ‘অস্ত্র প্রতিযোগিতা’-তে টিকে থাকতে হলে মাস্কের নতুন সুপারক্লাস্টারের মতো বড় মাপের প্রকল্প অপরিহার্য। তবে এত বড় অঙ্কের ঋণ কতটা ঝুঁকিপূর্ণ, সেই প্রশ্নও থাকছে।',
    'প্রযুক্তি মহল মনে করছে, সফল হলে ‘গ্রোক’ চ্যাটবট চ্যাটজিপিটি বা গুগল জেমিনি-এর শক্ত প্রতিদ্বন্দ্বী হয়ে উঠতে পারে। তবে এক্স-এআই-এর এই মহাকৌশল শেষ পর্যন্ত মাস্ককে কতদূর নিয়ে যায়, সেটিই এখন দেখার বিষয়।',
  ],
};

/** The demo paper's imprint: fictional names, set only where the site settings are still empty. */
export const DEMO_SITE = {
  siteName: 'বার্তা',
  masthead: '',
  editorName: 'নমুনা সম্পাদক',
  publisherName: 'নমুনা প্রকাশক',
  defaultByline: 'নিজস্ব প্রতিবেদক',
} as const;
