import { z } from 'zod';
import { dateTimeField, plainText, textField, uuidField } from '../text';

/** Every transition names the story and the version the user saw. */
export const ZTransitionInput = z.object({
  id: uuidField('Story'),
  version: z.number().int().min(1),
});
export type TransitionInput = z.infer<typeof ZTransitionInput>;

export const NOTE_MAX = 2000;

export const ZSubmitInput = ZTransitionInput.extend({
  note: plainText('Note', { max: NOTE_MAX }).optional(),
});
export type SubmitInput = z.infer<typeof ZSubmitInput>;

export const ZApproveInput = ZSubmitInput;
export type ApproveInput = SubmitInput;

export const ZSendBackInput = ZTransitionInput.extend({
  note: plainText('A note saying what to change', { min: 1, max: NOTE_MAX }),
});
export type SendBackInput = z.infer<typeof ZSendBackInput>;

export const ZUnpublishInput = ZTransitionInput.extend({
  reason: plainText('The reason for unpublishing', { min: 1, max: NOTE_MAX }),
});
export type UnpublishInput = z.infer<typeof ZUnpublishInput>;

export const ZChecklistInput = z.object({
  id: uuidField('Story'),
  /** Check as of a scheduled time (ISO); default now. */
  publishAt: dateTimeField('Publication time').optional(),
});

export const COMMENT_MAX = 4000;

export const ZCommentAnchor = z
  .object({
    from: z.number().int().min(0),
    to: z.number().int().min(0),
    // Quoted from the story text, which keeps markup-looking text as plain text.
    quote: textField('Quoted passage', { min: 1, max: 1000 }),
  })
  .refine((a) => a.to > a.from, { message: 'The passage is empty: select some text.' });

export const ZAddCommentInput = z.object({
  articleId: uuidField('Story'),
  body: plainText('Comment', { min: 1, max: COMMENT_MAX }),
  /** Replies belong to a thread; only top-level comments carry an anchor. */
  parentId: uuidField('Comment').optional(),
  anchor: ZCommentAnchor.optional(),
  /** Users picked from the @mention list; only those still named in the body are notified. */
  mentions: z.array(uuidField('Mention')).max(20).default([]),
});
export type AddCommentInput = z.infer<typeof ZAddCommentInput>;

export const ZCommentIdInput = z.object({ id: uuidField('Comment') });

export const UPDATE_NOTE_MAX = 600;

/** A public note with a published update; a correction says what was wrong. */
export const ZUpdateNote = z.object({
  note: plainText('The update note', { max: UPDATE_NOTE_MAX }).default(''),
  correction: z.boolean().default(false),
});

export const ZPublishUpdateInput = ZTransitionInput.extend(ZUpdateNote.shape).refine(
  (input) => !input.correction || input.note.trim().length > 0,
  { message: 'A correction needs a note that tells readers what was corrected.', path: ['note'] },
);
export type PublishUpdateInput = z.infer<typeof ZPublishUpdateInput>;
