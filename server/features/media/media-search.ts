import { type SQL, sql } from 'drizzle-orm';
import { parseSearchQuery, tokenize } from '../../../shared/bn/tokenize';

// Tokens hold only letters, marks and digits (see tokenize), but quote them as
// the tsvector/tsquery input syntax says anyway, so no token can become syntax.
const quote = (token: string) => `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The search vector of an image, from shared/bn tokens: a tsvector literal, so
 * the database's own parser (which splits Bengali badly under LC_CTYPE=C) is
 * never involved.
 */
export function mediaSearchVector(fields: {
  alt: string;
  caption: string;
  credit: string;
  originalName: string;
  /** Photographer and supplier (from the file's IPTC/XMP or typed). */
  creator?: string;
  source?: string;
}): SQL {
  const tokens = new Set([
    ...tokenize(fields.alt),
    ...tokenize(fields.caption),
    ...tokenize(fields.credit),
    ...tokenize(fields.originalName),
    ...tokenize(fields.creator ?? ''),
    ...tokenize(fields.source ?? ''),
  ]);
  const literal = [...tokens].map(quote).join(' ');
  return sql`${literal}::tsvector`;
}

/** Every word the user typed must begin a word of the image's texts (`মাস্ক` finds `মাস্কের`). */
export function mediaSearchQuery(q: string): string | null {
  const parsed = parseSearchQuery(q);
  const tokens = [...new Set([...parsed.terms, ...parsed.phrases.flat()])];
  if (tokens.length === 0) return null;
  return tokens.map((t) => `${quote(t)}:*`).join(' & ');
}
