import { customType } from 'drizzle-orm/pg-core';

/** A tsvector built by Barta itself from shared/bn tokens (never by the server's parser). */
export const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});
