import { z } from 'zod';
import { isValidSlug } from '../bn/slug';
import { plainText, uuidField } from '../text';

const ZSectionSlug = z
  .string({ error: 'Slug must be text.' })
  .trim()
  .toLowerCase()
  .refine((v) => v === '' || isValidSlug(v), {
    message: 'Slug may use a-z, 0-9 and hyphens between words, like “international”.',
  });

/** A section as the admin types it; an empty slug is made from the English (or Bengali) name. */
export const ZSectionDraft = z.object({
  nameBn: plainText('Bengali name', { min: 1, max: 60 }),
  nameEn: plainText('English name', { min: 1, max: 60 }),
  slug: ZSectionSlug.default(''),
});

export const ZSectionCreateInput = ZSectionDraft;

export const ZSectionUpdateInput = ZSectionDraft.extend({
  id: uuidField('Section'),
  hidden: z.boolean().optional(),
});

export const ZSectionIdInput = z.object({ id: uuidField('Section') });

export const ZSectionReorderInput = z.object({
  ids: z.array(uuidField('Section')).min(1, 'Give the sections in their new order.').max(200),
});

export const ZSectionArchiveInput = z.object({ id: uuidField('Section'), archived: z.boolean() });

/** What a new newsroom starts with; the admin edits the list at setup before saving it. */
export const STARTER_SECTIONS: ReadonlyArray<{ nameBn: string; nameEn: string; slug: string }> = [
  { nameBn: 'জাতীয়', nameEn: 'National', slug: 'national' },
  { nameBn: 'আন্তর্জাতিক', nameEn: 'International', slug: 'international' },
  { nameBn: 'রাজনীতি', nameEn: 'Politics', slug: 'politics' },
  { nameBn: 'অর্থনীতি', nameEn: 'Economy', slug: 'economy' },
  { nameBn: 'খেলা', nameEn: 'Sports', slug: 'sports' },
  { nameBn: 'বিনোদন', nameEn: 'Entertainment', slug: 'entertainment' },
  { nameBn: 'মতামত', nameEn: 'Opinion', slug: 'opinion' },
  { nameBn: 'প্রযুক্তি', nameEn: 'Technology', slug: 'technology' },
  { nameBn: 'সারাদেশ', nameEn: 'Country', slug: 'country' },
];

export const SECTIONS_AT_SETUP_MAX = 40;

export type SectionDraft = z.input<typeof ZSectionDraft>;
export type SectionCreateInput = z.infer<typeof ZSectionCreateInput>;
export type SectionUpdateInput = z.infer<typeof ZSectionUpdateInput>;
