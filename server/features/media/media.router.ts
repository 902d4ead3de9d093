import { ACCEPTED_LABEL } from '../../../shared/media/limits';
import {
  ZMediaIdInput,
  ZMediaListInput,
  ZMediaResolveInput,
  ZMediaUpdateInput,
} from '../../../shared/media/schemas';
import { authedProcedure, roleProcedure, router } from '../../trpc/init';
import { deleteMedia } from './delete-media';
import { getMedia, listMedia, listMediaByIds } from './media.queries';
import { updateMedia } from './update-media';
import { uploadSourceOf, ZMediaUploadBody } from './upload-input';
import { uploadMedia } from './upload-media';

export const mediaRouter = router({
  /** What the upload UI checks before sending (the server checks again). */
  limits: authedProcedure.query(({ ctx }) => ({
    maxUploadBytes: ctx.config.maxUploadBytes,
    acceptedLabel: ACCEPTED_LABEL,
  })),
  /** Every signed-in staff member may browse the library (pictures are picked by all roles). */
  list: authedProcedure
    .input(ZMediaListInput)
    .query(({ ctx, input }) => listMedia(ctx.db, input, ctx.config.timeZone)),
  get: authedProcedure.input(ZMediaIdInput).query(({ ctx, input }) => getMedia(ctx.db, input.id)),
  /** The editor's figures and lead image by id, for previews. */
  byIds: authedProcedure
    .input(ZMediaResolveInput)
    .query(({ ctx, input }) => listMediaByIds(ctx.db, input.ids)),
  /** The file as the body (X-File-Name names it), read as it arrives and bounded to MAX_UPLOAD_MB. */
  upload: roleProcedure('media.upload')
    .input(ZMediaUploadBody)
    .mutation(({ ctx, input }) => uploadMedia({ ctx, input: uploadSourceOf(input, ctx) })),
  update: roleProcedure('media.edit')
    .input(ZMediaUpdateInput)
    .mutation(({ ctx, input }) => updateMedia({ ctx, input })),
  delete: roleProcedure('media.delete')
    .input(ZMediaIdInput)
    .mutation(({ ctx, input }) => deleteMedia({ ctx, input })),
});
