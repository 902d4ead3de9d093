import { randomUUID } from 'node:crypto';
import { articleSearchVectors } from '../server/features/search/search-vector';
import type { ArticleStatus } from '../shared/articles/status';
import { countWords } from '../shared/bn';

/** A small seeded PRNG (mulberry32): the same seed makes the same archive. */
export function makeRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)],
    /** Log-uniform index: a few items very often, a long tail rarely (names, places, tags). */
    zipf: (n: number) => Math.min(n - 1, Math.floor(Math.exp(next() * Math.log(n + 1))) - 1),
  };
}
export type Random = ReturnType<typeof makeRandom>;

const CONSONANTS = [...'কখগঘচছজঝটঠডঢতথদধনপফবভমযরলশষসহ'];
const SIGNS = ['', '\u09be', '\u09bf', '\u09c0', '\u09c1', '\u09c7', '\u09cb', '\u09cc'];

/**
 * Made-up proper names (people, places, companies) with a long tail, so an
 * archive has rare words as well as the seed article's common ones. Word i is
 * the same in every run: bench/search.ts looks up rare ones by index.
 */
const syntheticMemo: string[] = [];
export function syntheticWord(index: number): string {
  syntheticMemo[index] ??= makeSyntheticWord(index);
  return syntheticMemo[index];
}

function makeSyntheticWord(index: number): string {
  const r = makeRandom(index * 7919 + 17);
  const syllables = 2 + (index % 3);
  let word = '';
  for (let s = 0; s < syllables; s++) word += r.pick(CONSONANTS) + r.pick(SIGNS);
  return `${word}${index % 10 === 0 ? 'পুর' : ''}`;
}
export const SYNTHETIC_WORDS = 60_000;

export const SECTIONS = [
  ['national', 'জাতীয়', 'National'],
  ['politics', 'রাজনীতি', 'Politics'],
  ['international', 'আন্তর্জাতিক', 'International'],
  ['usa', 'যুক্তরাষ্ট্র', 'United States'],
  ['economy', 'অর্থনীতি', 'Economy'],
  ['sports', 'খেলা', 'Sports'],
  ['entertainment', 'বিনোদন', 'Entertainment'],
  ['technology', 'প্রযুক্তি', 'Technology'],
  ['education', 'শিক্ষা', 'Education'],
  ['health', 'স্বাস্থ্য', 'Health'],
  ['opinion', 'মতামত', 'Opinion'],
  ['country', 'সারাদেশ', 'Country'],
] as const;

export interface FakeStory {
  id: string;
  status: ArticleStatus;
  headline: string;
  kicker: string;
  summary: string;
  byline: string;
  sectionIndex: number;
  tags: string[];
  slug: string;
  body: string;
  bodyText: string;
  wordCount: number;
  searchVector: string;
  searchBigrams: string;
  withImage: boolean;
  createdAt: Date;
  updatedAt: Date;
  publishAt: Date | null;
  publishedAt: Date | null;
  statusChangedAt: Date;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Mostly published; the last few days hold the desk's work in progress. */
function pickStatus(r: Random, ageDays: number): ArticleStatus {
  const x = r.next();
  if (ageDays < 3) {
    if (x < 0.55) return 'published';
    if (x < 0.68) return 'draft';
    if (x < 0.78) return 'in_review';
    if (x < 0.82) return 'changes_requested';
    if (x < 0.88) return 'approved';
    if (x < 0.97) return 'scheduled';
    if (x < 0.975) return 'schedule_failed';
    return 'archived';
  }
  if (x < 0.955) return 'published';
  if (x < 0.97) return 'unpublished';
  if (x < 0.985) return 'archived';
  return 'draft';
}

// countWords() restarts at whitespace, so a memo per chunk counts a generated body fast.
const wordCounts = new Map<string, number>();
function countWordsChunked(text: string): number {
  let total = 0;
  for (const chunk of text.split(/\s+/u)) {
    let n = wordCounts.get(chunk);
    if (n === undefined) {
      n = countWords(chunk);
      if (wordCounts.size > 100_000) wordCounts.clear();
      wordCounts.set(chunk, n);
    }
    total += n;
  }
  return total;
}

export class StoryFactory {
  private readonly words: string[];
  private readonly tags: string[];
  constructor(
    private readonly r: Random,
    seedWords: string[],
    private readonly now: Date,
    private readonly span: number,
    private readonly runTag: string,
  ) {
    this.words = seedWords;
    this.tags = Array.from({ length: 2000 }, (_, i) =>
      i < 40 ? seedWords[(i * 7) % seedWords.length] : syntheticWord(i * 13),
    );
  }

  private word(): string {
    return this.r.next() < 0.85 ? this.r.pick(this.words) : syntheticWord(this.r.zipf(SYNTHETIC_WORDS));
  }

  private sentence(min: number, max: number): string {
    return Array.from({ length: this.r.int(min, max) }, () => this.word()).join(' ');
  }

  make(index: number, total: number, names: string[]): FakeStory {
    const r = this.r;
    // Spread over ten years, oldest first, about 300 a day at a million.
    const createdAt = new Date(
      this.now.getTime() - this.span + (index / total) * this.span - r.next() * HOUR,
    );
    const ageDays = (this.now.getTime() - createdAt.getTime()) / DAY;
    const status = pickStatus(r, ageDays);
    const name = syntheticWord(r.zipf(SYNTHETIC_WORDS));
    const headline = `‘${name}’ ${this.sentence(4, 9)}`;
    const paragraphs = Array.from({ length: r.int(3, 8) }, () => `${this.sentence(18, 40)}।`);
    const bodyText = paragraphs.join('\n\n');
    const wordCount = countWordsChunked(bodyText);
    const byline = r.next() < 0.3 ? 'কাগজ ডেস্ক' : names.join(', ');
    const tags = Array.from({ length: r.int(0, 4) }, () => this.tags[r.zipf(this.tags.length)]);
    const uniqueTags = [...new Set(tags)];
    const kicker = r.next() < 0.3 ? this.sentence(1, 3) : '';
    const summary = this.sentence(12, 25);
    let publishedAt: Date | null = null;
    let publishAt: Date | null = null;
    let updatedAt = new Date(createdAt.getTime() + r.next() * 2 * HOUR);
    if (status === 'published' || status === 'unpublished') {
      publishedAt = new Date(
        Math.min(this.now.getTime() - 60_000, createdAt.getTime() + r.next() * 6 * HOUR),
      );
      updatedAt = new Date(Math.min(this.now.getTime() - 1000, publishedAt.getTime() + r.next() * 3 * HOUR));
    }
    if (status === 'scheduled' || status === 'schedule_failed') {
      publishAt = new Date(
        this.now.getTime() + (status === 'scheduled' ? r.next() * 2 * DAY : -r.next() * DAY),
      );
    }
    if (updatedAt > this.now) updatedAt = new Date(this.now.getTime() - r.next() * HOUR);
    const body = JSON.stringify({
      type: 'doc',
      content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    });
    return {
      id: randomUUID(),
      status,
      headline,
      kicker,
      summary,
      byline,
      sectionIndex: r.zipf(SECTIONS.length),
      tags: uniqueTags,
      slug: `bench-${this.runTag}-${index}`,
      body,
      bodyText,
      wordCount,
      ...articleSearchVectors({ headline, kicker, summary, byline, tags: uniqueTags, bodyText }),
      withImage: r.next() < 0.7,
      createdAt,
      updatedAt,
      publishAt,
      publishedAt,
      statusChangedAt: publishedAt ?? updatedAt,
    };
  }
}
