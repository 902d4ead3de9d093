import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSlug, MAX_SLUG_LENGTH, slugify } from './slug';
import { transliterateWord } from './transliterate';

describe('slugify', () => {
  it('transliterates the seed headlines', () => {
    const cases: [string, string][] = [
      [
        '‘গ্রোক’ চালাতে ১২ বিলিয়ন ডলার ঋণ নিচ্ছেন ইলন মাস্ক',
        'grok-chalate-12-biliyon-dolar-rin-nichchhen-ilon-mask',
      ],
      ['জাপানের সঙ্গে ‘বিশাল’ বাণিজ্য চুক্তির ঘোষণা ট্রাম্পের', 'japaner-songe-bishal-banijyo-chuktir-ghoshona-tramper'],
      ['স্থগিত এইচএসসির পরীক্ষা হবে ১৭ ও ১৯ আগস্ট', 'sthogit-eichoesosir-porikha-hobe-17-o-19-agost'],
      ['মাইলস্টোন ট্র্যাজেডির নেপথ্য, কী বার্তা দিলো আমাদের?', 'mailoston-trajedir-nepothyo-ki-barta-dilo-amader'],
      // An imprint line with placeholder names: Barta's code and tests name no real person.
      ['সম্পাদক : নমুনা দত্ত', 'sompadok-nomuna-dotto'],
      ['প্রকাশক : নমুনা হোসেন চৌধুরী', 'prokashok-nomuna-hosen-choudhuri'],
      ['শ্যামল প্রান্তর', 'shamol-prantor'],
      ['যুক্তরাষ্ট্র', 'juktorashtro'],
    ];
    for (const [headline, slug] of cases) expect(slugify(headline)).toBe(slug);
  });

  it('keeps English words and mixes them with Bengali', () => {
    expect(slugify('Elon Musk’s xAI raises $12 billion')).toBe('elon-musks-xai-raises-12-billion');
    expect(slugify('এআই খাতে OpenAI-এর বিনিয়োগ')).toBe('eai-khate-openai-er-biniyog');
    expect(slugify('Café Zürich')).toBe('cafe-zurich');
  });

  it('writes Bengali and Latin digits the same', () => {
    expect(slugify('জিবি২০০ চিপ ১,২০০ কোটি')).toBe('jibi200-chip-1200-koti');
    expect(slugify('জিবি200 চিপ 1,200 কোটি')).toBe('jibi200-chip-1200-koti');
  });

  it('gives one slug for every way of typing a headline', () => {
    const headline = 'ঝুঁকি নিয়ন্ত্রণে র্যাব, বড় পদক্ষেপ';
    const expected = slugify(headline);
    expect(expected).toBe('jhunki-niyontrone-rab-bor-podokhep');
    expect(slugify(headline.normalize('NFD'))).toBe(expected);
    expect(slugify(headline.replace(/\u09af\u09bc/g, '\u09df').replace(/\u09a1\u09bc/g, '\u09dc'))).toBe(
      expected,
    );
    expect(slugify(headline.replace('র্যাব', 'র\u200d্যাব').replace('পদক্ষেপ', 'পদ\u200cক্ষেপ'))).toBe(expected);
  });

  it('cuts long headlines at a word boundary', () => {
    const headline =
      'মাইলস্টোনে বিমান বিধ্বস্ত জাতীয় বার্ন ইনস্টিটিউটে ৮ জনের অবস্থা আশঙ্কাজনক, গুরুতর ১৩ জন এখনো হাসপাতালে চিকিৎসাধীন';
    const full = headline.split(/\s+/).map(slugify).join('-');
    const slug = slugify(headline);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.length).toBeGreaterThan(60);
    expect(full.startsWith(`${slug}-`)).toBe(true);
    expect(slug).toBe('mailostone-biman-bidhwosto-jatiy-barn-inostitiute-8-joner-obostha-ashonkajonok');
  });

  it('cuts a single overlong word at the limit', () => {
    const slug = slugify('a'.repeat(200));
    expect(slug).toBe('a'.repeat(MAX_SLUG_LENGTH));
  });

  it('falls back to "story" when nothing is left', () => {
    expect(slugify('')).toBe('story');
    expect(slugify('‘’ । — ? !')).toBe('story');
    expect(slugify('新闻 خبر')).toBe('story');
    expect(slugify(undefined as unknown as string)).toBe('story');
  });

  it('always returns a valid slug', () => {
    const bengali = fc.constantFrom(
      ...Array.from({ length: 0x80 }, (_, i) => String.fromCharCode(0x0980 + i)),
    );
    const unit = fc.oneof(bengali, fc.constantFrom(' ', '-', '\u200c', '\u200d', '’', 'A', '৳'));
    fc.assert(fc.property(fc.string({ unit, maxLength: 60 }), (s) => isValidSlug(slugify(s))));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => isValidSlug(slugify(s))));
  });
});

describe('transliterateWord', () => {
  it('drops the inherent vowel at the end of a word but not inside it', () => {
    expect(transliterateWord('ডলার')).toBe('dolar');
    expect(transliterateWord('ইলন')).toBe('ilon');
    expect(transliterateWord('ক')).toBe('ko');
  });

  it('keeps a final o after a phala, a doubled letter or a dental stop, not after ট/ক', () => {
    expect(transliterateWord('যন্ত্র')).toBe('jontro');
    expect(transliterateWord('তথ্য')).toBe('tothyo');
    expect(transliterateWord('দত্ত')).toBe('dotto');
    expect(transliterateWord('বিধ্বস্ত')).toBe('bidhwosto');
    expect(transliterateWord('মাস্ক')).toBe('mask');
    expect(transliterateWord('পয়েন্ট')).toBe('poyent');
  });

  it('handles signs and special letters', () => {
    expect(transliterateWord('উৎসব')).toBe('utsob');
    expect(transliterateWord('উত্\u200dসব'.replace('ত্\u200d', 'ৎ'))).toBe('utsob');
    expect(transliterateWord('ঋণ')).toBe('rin');
    expect(transliterateWord('বিলিয়ন')).toBe('biliyon');
    expect(transliterateWord('বড়')).toBe('bor');
    expect(transliterateWord('আষাঢ়')).toBe('asharh');
    expect(transliterateWord('ক\u09bcি')).toBe('ki');
    expect(transliterateWord('বাংলাদেশ')).toBe('bangladesh');
    expect(transliterateWord('চাঁদ')).toBe('chand');
    expect(transliterateWord('দুঃখ')).toBe('duhkh');
    expect(transliterateWord('ক্ষমতা')).toBe('khomota');
    expect(transliterateWord('জ্ঞান')).toBe('gyan');
  });

  it('reads ya-phala, ba-phala and English loan spellings', () => {
    expect(transliterateWord('ব্যাংক')).toBe('bank');
    expect(transliterateWord('অ্যান্টোনিও')).toBe('antonio');
    expect(transliterateWord('ব্যয়')).toBe('byoy');
    expect(transliterateWord('বিশ্ব')).toBe('bishwo');
    expect(transliterateWord('স্বাধীন')).toBe('swadhin');
    expect(transliterateWord('আম্বানি')).toBe('ambani');
    expect(transliterateWord('ওয়াল')).toBe('wal');
    expect(transliterateWord('ওয়াশিংটন')).toBe('washington');
  });
});

describe('isValidSlug', () => {
  it('accepts lowercase words joined by single hyphens', () => {
    expect(isValidSlug('grok-chalate-12-biliyon')).toBe(true);
    expect(isValidSlug('a')).toBe(true);
    expect(isValidSlug('a'.repeat(120))).toBe(true);
  });

  it('rejects everything else', () => {
    for (const bad of ['', '-a', 'a-', 'a--b', 'A', 'গ্রোক', 'a b', 'a_b', 'a'.repeat(121), 'a/b', 'é']) {
      expect(isValidSlug(bad)).toBe(false);
    }
    expect(isValidSlug(null as unknown as string)).toBe(false);
  });
});
