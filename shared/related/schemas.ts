import { z } from 'zod';
import { ZCursorText } from '../pagination';
import { textField, uuidField } from '../text';

/** How many stories one related list may hold: more than this is a reading list, not "related". */
export const RELATED_MAX = 10;

export const ZRelatedTargetInput = z.object({
  id: uuidField('Story'),
  targetId: uuidField('Linked story'),
});
export type RelatedTargetInput = z.infer<typeof ZRelatedTargetInput>;

export const ZReorderRelatedInput = z.object({
  id: uuidField('Story'),
  /** The whole list in its new order. */
  targetIds: z.array(uuidField('Linked story')).max(RELATED_MAX * 2),
});
export type ReorderRelatedInput = z.infer<typeof ZReorderRelatedInput>;

export const ZStorySearchInput = z.object({
  q: textField('Search', { max: 200, trim: false }).default(''),
  sectionId: uuidField('Section').nullable().default(null),
  /** Leave this story out (the one being edited). */
  excludeId: uuidField('Story').nullable().default(null),
  limit: z.number().int().min(1).max(50).default(20),
});
export type StorySearchInput = z.infer<typeof ZStorySearchInput>;

export const ZSuggestionsInput = z.object({
  id: uuidField('Story'),
  limit: z.number().int().min(1).max(30).default(10),
});

export const ZBrokenLinksInput = z.object({
  cursor: ZCursorText.nullable().default(null),
  limit: z.number().int().min(1).max(100).default(50),
});
