import { getSchema } from '@tiptap/core';
import { bodyExtensions } from './extensions';

/** Built once: node views do not change the schema, so editor and server share it. */
export const bodySchema = getSchema(bodyExtensions);
