import { z } from 'zod';
import { ZCursorText, ZPageSize } from '../pagination';
import { plainText, textField, uuidField } from '../text';
import {
  MAX_ALT_LENGTH,
  MAX_CAPTION_LENGTH,
  MAX_COPYRIGHT_LENGTH,
  MAX_CREATOR_LENGTH,
  MAX_CREDIT_LENGTH,
  MAX_RIGHTS_NOTE_LENGTH,
  MAX_SOURCE_LENGTH,
} from './limits';

export const ZMediaIdInput = z.object({ id: uuidField('Image') });

const isFile = (value: unknown): value is File =>
  typeof value === 'object' && value !== null && value instanceof Blob && 'name' in value;

/**
 * One image per request, as multipart form data: `file` (required). One file a
 * request gives each file its own progress bar, answer and error.
 */
export const ZMediaUploadForm = z
  .instanceof(FormData, { error: 'Send the image as form data.' })
  .transform((form, ctx) => {
    const file = form.get('file');
    if (!isFile(file)) {
      ctx.addIssue({ code: 'custom', path: ['file'], message: 'Choose an image file to upload.' });
      return z.NEVER;
    }
    return { file };
  });
export type MediaUploadInput = z.output<typeof ZMediaUploadForm>;

const focal = (label: string) =>
  z
    .number({ error: `${label} must be a number.` })
    .min(0, `${label} is outside the image.`)
    .max(1, `${label} is outside the image.`);

export const ZMediaUpdateInput = z.object({
  id: uuidField('Image'),
  alt: plainText('Alt text', { max: MAX_ALT_LENGTH }).optional(),
  caption: plainText('Caption', { max: MAX_CAPTION_LENGTH }).optional(),
  credit: plainText('Credit', { max: MAX_CREDIT_LENGTH }).optional(),
  rightsNote: plainText('Source and rights note', { max: MAX_RIGHTS_NOTE_LENGTH }).optional(),
  creator: plainText('Photographer', { max: MAX_CREATOR_LENGTH }).optional(),
  copyright: plainText('Copyright notice', { max: MAX_COPYRIGHT_LENGTH }).optional(),
  source: plainText('Source', { max: MAX_SOURCE_LENGTH }).optional(),
  focalX: focal('Focal point').optional(),
  focalY: focal('Focal point').optional(),
});
export type MediaUpdateInput = z.output<typeof ZMediaUpdateInput>;

const ZDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates look like 2025-01-31.');

export const MEDIA_SORTS = ['newest', 'oldest'] as const;
export type MediaSort = (typeof MEDIA_SORTS)[number];

export const ZMediaListInput = z
  .object({
    /** Words of the caption, credit, alt text or file name; Bengali or English; the last word may be partial. */
    q: textField('Search', { max: 200, trim: false }).optional(),
    uploadedBy: uuidField('Uploader').optional(),
    /** Days in the newsroom's zone, inclusive. */
    from: ZDay.optional(),
    to: ZDay.optional(),
    sort: z.enum(MEDIA_SORTS).default('newest'),
    cursor: ZCursorText.optional(),
    limit: ZPageSize,
  })
  .default({ sort: 'newest', limit: 50 });
export type MediaListInput = z.output<typeof ZMediaListInput>;

export const ZMediaResolveInput = z.object({ ids: z.array(uuidField('Image')).max(200) });
