import { describe, expect, it } from 'vitest';
import { type ChecklistFacts, evaluateChecklist, figuresOf } from './checklist';

const NOW = new Date('2025-03-01T06:00:00Z');

function ready(overrides: Partial<ChecklistFacts> = {}): ChecklistFacts {
  return {
    headline: 'বাজেট পাস',
    sectionId: '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0',
    summary: 'সংসদে বাজেট পাস হয়েছে।',
    bodyText: 'ঢাকা — সংসদে আজ বাজেট পাস হয়েছে।',
    figures: [{ mediaId: 'm1', alt: 'সংসদ ভবন' }],
    lead: { alt: 'সংসদ', caption: 'সংসদ ভবন', credit: 'রয়টার্স' },
    links: [],
    slug: 'budget-pass',
    slugTaken: false,
    publishAt: NOW,
    ...overrides,
  };
}

const failed = (facts: ChecklistFacts, max?: number) =>
  evaluateChecklist(facts, max ? { headlineMax: max } : undefined)
    .items.filter((i) => !i.ok)
    .map((i) => [i.id, i.message]);

describe('evaluateChecklist', () => {
  it('passes a ready story', () => {
    const result = evaluateChecklist(ready());
    expect(result.ok).toBe(true);
    expect(result.items.every((i) => i.message === i.label)).toBe(true);
  });

  it.each([
    ['headline', { headline: '  ' }, 'Write a headline.'],
    ['section', { sectionId: null }, 'Choose a section for the story.'],
    ['summary', { summary: '' }, 'Write a summary.'],
    ['body', { bodyText: ' ', figures: [] }, 'The story body is empty: write the story.'],
    ['lead_image', { lead: null }, 'Choose a lead image (with alt text, a caption and a credit).'],
    [
      'lead_alt',
      { lead: { alt: '', caption: 'c', credit: 'c' } },
      'Add alt text to the lead image (describe it for readers who cannot see it).',
    ],
    ['lead_caption', { lead: { alt: 'a', caption: '', credit: 'c' } }, 'Add a caption to the lead image.'],
    [
      'lead_credit',
      { lead: { alt: 'a', caption: 'c', credit: ' ' } },
      'Add a credit to the lead image (who took it or where it is from).',
    ],
    [
      'figures_alt',
      { figures: [{ mediaId: 'm1', alt: '' }] },
      'One image in the story has no alt text: add it in the image’s settings.',
    ],
    ['slug', { slug: '' }, 'The story has no web address (slug): write a headline or a slug.'],
    ['slug', { slugTaken: true }, 'The slug “budget-pass” is already used by another story: choose another.'],
  ] as const)('%s alone fails with its own message', (id, overrides, message) => {
    expect(failed(ready(overrides as Partial<ChecklistFacts>))).toEqual([[id, message]]);
  });

  it('counts characters, not UTF-16 units, against the headline limit', () => {
    expect(failed(ready({ headline: 'ক'.repeat(10) }), 10)).toEqual([]);
    expect(failed(ready({ headline: 'ক'.repeat(11) }), 10)).toEqual([
      ['headline', 'Shorten the headline: it has 11 characters, the limit is 10.'],
    ]);
  });

  it('counts images without alt text', () => {
    const figures = [
      { mediaId: 'a', alt: '' },
      { mediaId: 'b', alt: 'ok' },
      { mediaId: 'c', alt: ' ' },
    ];
    expect(failed(ready({ figures }))).toEqual([
      ['figures_alt', '2 images in the story have no alt text: add it in each image’s settings.'],
    ]);
  });

  it('a body of only images is not empty', () => {
    expect(failed(ready({ bodyText: '' }))).toEqual([]);
  });

  describe('links', () => {
    const link = (status: ChecklistFacts['links'][number]['status'], publishAt: Date | null = null) => ({
      targetId: 't',
      kind: 'read_more' as const,
      headline: 'আগের খবর',
      status,
      publishAt,
    });

    it('accepts published stories and stories scheduled no later than this one', () => {
      const links = [
        link('published'),
        link('scheduled', new Date(NOW.getTime() - 60_000)),
        link('scheduled', NOW),
      ];
      expect(failed(ready({ links }))).toEqual([]);
    });

    it.each([
      [link('draft'), '“আগের খবর” (draft)'],
      [link('unpublished'), '“আগের খবর” (unpublished)'],
      [
        link('scheduled', new Date(NOW.getTime() + 60_000)),
        '“আগের খবর” (scheduled to publish after this story)',
      ],
      [{ ...link(null), headline: null }, 'a story that no longer exists'],
    ])('refuses %o', (bad, named) => {
      expect(failed(ready({ links: [bad] }))).toEqual([
        [
          'links',
          `The story links to stories that are not published: ${named}. Publish them first or remove the links.`,
        ],
      ]);
    });
  });

  it('lists every failure together, in checklist order', () => {
    const result = evaluateChecklist(
      ready({
        headline: '',
        sectionId: null,
        summary: '',
        bodyText: '',
        figures: [],
        lead: null,
        slug: '',
        links: [{ targetId: 't', kind: 'inline', headline: 'x', status: 'draft', publishAt: null }],
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.items.filter((i) => !i.ok).map((i) => i.id)).toEqual([
      'headline',
      'section',
      'summary',
      'body',
      'lead_image',
      'links',
      'slug',
    ]);
  });
});

describe('figuresOf', () => {
  it('finds figures anywhere in the body with their alt text', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph' },
        { type: 'figure', attrs: { mediaId: 'a', alt: 'এক' } },
        { type: 'blockquote', content: [{ type: 'figure', attrs: { mediaId: 'b' } }] },
      ],
    };
    expect(figuresOf(doc)).toEqual([
      { mediaId: 'a', alt: 'এক' },
      { mediaId: 'b', alt: '' },
    ]);
    expect(figuresOf(null)).toEqual([]);
  });
});
