import type { JSONContent } from '@tiptap/core';
import { HEADLINE_MAX } from './schemas';
import { type ArticleStatus, STATUS_LABELS } from './status';

/**
 * The publish checklist: one pure evaluation used when publishing, when scheduling
 * and by the scheduler at the due time. The server gathers the facts
 * (server/features/workflow/checklist.ts); this file decides and words the result.
 */
export const CHECKLIST_ITEM_IDS = [
  'headline',
  'section',
  'summary',
  'body',
  'lead_image',
  'lead_alt',
  'lead_caption',
  'lead_credit',
  'figures_alt',
  'links',
  'slug',
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEM_IDS)[number];

export interface ChecklistItem {
  id: ChecklistItemId;
  ok: boolean;
  /** What is checked, as the panel lists it. */
  label: string;
  /** When failed: what to fix, in plain words. When passed: the label. */
  message: string;
}

export interface ChecklistResult {
  ok: boolean;
  items: ChecklistItem[];
}

export interface LinkedStoryFact {
  targetId: string;
  kind: 'read_more' | 'inline' | 'related';
  /** Null when the target no longer exists (deleted or purged). */
  headline: string | null;
  status: ArticleStatus | null;
  publishAt: Date | null;
}

export interface ChecklistFacts {
  headline: string;
  sectionId: string | null;
  summary: string;
  bodyText: string;
  /** Figures in the body, in order, with the alt text readers will get. */
  figures: { mediaId: string; alt: string }[];
  /** Null when the story has no lead image. */
  lead: { alt: string; caption: string; credit: string } | null;
  links: LinkedStoryFact[];
  slug: string;
  /** Another live story already uses this slug. */
  slugTaken: boolean;
  /** When this story goes out: now, or its scheduled time. */
  publishAt: Date;
}

export interface ChecklistConfig {
  headlineMax: number;
}

export const DEFAULT_CHECKLIST_CONFIG: ChecklistConfig = { headlineMax: HEADLINE_MAX };

const blank = (value: string) => value.trim().length === 0;

function item(id: ChecklistItemId, label: string, failure: string | null): ChecklistItem {
  return { id, ok: failure === null, label, message: failure ?? label };
}

function listOf(names: string[]): string {
  const shown = names.slice(0, 3);
  const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
  return shown.join(', ') + more;
}

/** A linked story is fine if it is published, or scheduled to go out no later than this one. */
function linkProblem(link: LinkedStoryFact, publishAt: Date): string | null {
  if (link.status === null || link.headline === null) return 'a story that no longer exists';
  if (link.status === 'published') return null;
  if (link.status === 'scheduled' && link.publishAt && link.publishAt.getTime() <= publishAt.getTime())
    return null;
  const title = blank(link.headline) ? 'an untitled story' : `“${link.headline}”`;
  if (link.status === 'scheduled') return `${title} (scheduled to publish after this story)`;
  return `${title} (${STATUS_LABELS[link.status].toLowerCase()})`;
}

export function evaluateChecklist(
  facts: ChecklistFacts,
  config: ChecklistConfig = DEFAULT_CHECKLIST_CONFIG,
): ChecklistResult {
  const items: ChecklistItem[] = [];
  const headlineLength = [...facts.headline.trim()].length;
  items.push(
    item(
      'headline',
      `Headline written, at most ${config.headlineMax} characters`,
      blank(facts.headline)
        ? 'Write a headline.'
        : headlineLength > config.headlineMax
          ? `Shorten the headline: it has ${headlineLength} characters, the limit is ${config.headlineMax}.`
          : null,
    ),
  );
  items.push(item('section', 'Section chosen', facts.sectionId ? null : 'Choose a section for the story.'));
  items.push(item('summary', 'Summary written', blank(facts.summary) ? 'Write a summary.' : null));
  const bodyEmpty = blank(facts.bodyText) && facts.figures.length === 0;
  items.push(
    item('body', 'Story text written', bodyEmpty ? 'The story body is empty: write the story.' : null),
  );

  items.push(
    item(
      'lead_image',
      'Lead image chosen',
      facts.lead ? null : 'Choose a lead image (with alt text, a caption and a credit).',
    ),
  );
  // Alt, caption and credit belong to a lead image: they are listed once there is one.
  if (facts.lead) {
    items.push(
      item(
        'lead_alt',
        'Lead image has alt text',
        blank(facts.lead.alt)
          ? 'Add alt text to the lead image (describe it for readers who cannot see it).'
          : null,
      ),
      item(
        'lead_caption',
        'Lead image has a caption',
        blank(facts.lead.caption) ? 'Add a caption to the lead image.' : null,
      ),
      item(
        'lead_credit',
        'Lead image has a credit',
        blank(facts.lead.credit) ? 'Add a credit to the lead image (who took it or where it is from).' : null,
      ),
    );
  }

  const missingAlt = facts.figures.filter((f) => blank(f.alt)).length;
  items.push(
    item(
      'figures_alt',
      'Every image in the story has alt text',
      missingAlt === 0
        ? null
        : missingAlt === 1
          ? 'One image in the story has no alt text: add it in the image’s settings.'
          : `${missingAlt} images in the story have no alt text: add it in each image’s settings.`,
    ),
  );

  const badLinks = [
    ...new Set(
      facts.links.map((link) => linkProblem(link, facts.publishAt)).filter((p): p is string => p !== null),
    ),
  ];
  items.push(
    item(
      'links',
      'Every linked story is published (or goes out earlier)',
      badLinks.length === 0
        ? null
        : `The story links to stories that are not published: ${listOf(badLinks)}. Publish them first or remove the links.`,
    ),
  );

  items.push(
    item(
      'slug',
      'Web address (slug) is set and unique',
      blank(facts.slug)
        ? 'The story has no web address (slug): write a headline or a slug.'
        : facts.slugTaken
          ? `The slug “${facts.slug}” is already used by another story: choose another.`
          : null,
    ),
  );

  return { ok: items.every((i) => i.ok), items };
}

/** The failed items as one sentence list, for error messages and notifications. */
export function checklistFailures(result: ChecklistResult): string[] {
  return result.items.filter((i) => !i.ok).map((i) => i.message);
}

/** Figures in a Tiptap body, with the alt text the public page will render. */
export function figuresOf(doc: unknown): { mediaId: string; alt: string }[] {
  const found: { mediaId: string; alt: string }[] = [];
  const walk = (node: JSONContent) => {
    if (node.type === 'figure' && typeof node.attrs?.mediaId === 'string') {
      found.push({
        mediaId: node.attrs.mediaId,
        alt: typeof node.attrs.alt === 'string' ? node.attrs.alt : '',
      });
    }
    if (Array.isArray(node.content)) for (const child of node.content) walk(child);
  };
  if (doc && typeof doc === 'object') walk(doc as JSONContent);
  return found;
}
