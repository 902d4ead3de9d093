import { z } from 'zod';

/**
 * THE text rule. Every text that comes from outside (a form, a pasted story, a URL)
 * goes through `cleanText` before it is stored or queried, so nothing the schemas
 * accept can be refused by PostgreSQL, whether it lands in `text` or `jsonb`:
 * - CRLF (and a lone CR) become LF, so lengths and diffs agree across browsers;
 * - lone UTF-16 surrogates (half of an emoji, cut by a careless truncation) become
 *   U+FFFD: PostgreSQL refuses them in `jsonb`, and no one can type them;
 * - NUL and the other C0/C1 control characters, except tab and newline, are removed:
 *   PostgreSQL refuses NUL everywhere, and the rest is invisible Word and PDF paste
 *   debris that a user could not find to delete;
 * - NFC, so the same Bengali word has one encoding however it was typed.
 * It does not trim: leading and trailing whitespace is the field's decision.
 */
export function cleanText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(CONTROL, '')
    .normalize('NFC');
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** True when `cleanText` would leave the value as it is (used where changing it silently is wrong). */
export function isCleanText(value: string): boolean {
  return cleanText(value) === value;
}

/**
 * Markup-looking text: `<script>`, `<img onerror=...>`, `<!--`, `</p>`. Everything
 * Barta shows is escaped, so this is about intent: the short fields that describe a
 * story or an image (see `plainText`) refuse it, so a stray tag pasted from a CMS is
 * caught where it was typed. Story text (paragraphs, headings, lists, quotes),
 * comments' quoted passages, notes and searches accept it and keep it as plain text.
 */
// A tag opens only where "<" is directly followed by a letter, "!", "/" or "?" (so "a < b" is fine).
export const MARKUP = /<[a-z!/?]/i;

export function markupMessage(label: string): string {
  return `${label} must be plain text: remove the HTML tag (anything starting with “<”).`;
}

function lengthIssues(label: string, value: string, min: number, max: number): string[] {
  if (min > 0 && value.length === 0) return [`${label} is required.`];
  if (value.length < min) return [`${label} must be at least ${min} characters.`];
  if (value.length > max) return [`${label} is too long: ${value.length} characters, the limit is ${max}.`];
  return [];
}

/**
 * Any text input under the text rule, with length limits, trimmed unless `trim: false`
 * (searches keep their spaces: a trailing one ends a word). Markup-looking text is
 * kept as plain text (searches, filters, identifiers from the client).
 */
export function textField(
  label: string,
  { min = 0, max, trim = true }: { min?: number; max: number; trim?: boolean },
) {
  return z
    .string({ error: `${label} must be text.` })
    .transform((value) => (trim ? cleanText(value).trim() : cleanText(value)))
    .superRefine((value, ctx) => {
      for (const message of lengthIssues(label, value, min, max)) ctx.addIssue({ code: 'custom', message });
    });
}

/**
 * A plain-text field that describes a story, an image or a person (headline, caption,
 * credit, name...): the text rule, trimmed, length limits, and no markup-looking text.
 * Figure captions, alt texts and credits inside a story body follow the same rule
 * (shared/editor/validate-nodes.ts), so the media library and the body agree.
 */
export function plainText(label: string, { min = 0, max }: { min?: number; max: number }) {
  return textField(label, { min, max }).superRefine((value, ctx) => {
    if (MARKUP.test(value)) ctx.addIssue({ code: 'custom', message: markupMessage(label) });
  });
}

export const emailField = z
  .string({ error: 'Email must be text.' })
  .transform((value) => value.trim().toLowerCase())
  .pipe(
    z.email({ error: 'Enter a valid email address, like name@example.com.' }).max(254, 'Email is too long.'),
  );

export const uuidField = (label: string) => z.uuid({ error: `${label} is not a valid id.` });

/**
 * An ISO date and time with an offset that PostgreSQL can store: a real calendar
 * day (zod checks that) in the years 1000 to 9999 (zod allows 0000, which
 * PostgreSQL refuses, and years past 9999 cannot be written with four digits anyway).
 */
export const dateTimeField = (label: string) =>
  z.iso
    .datetime({ offset: true, error: `${label} must be a date and time.` })
    .refine((value) => /^[1-9]/.test(value) && !Number.isNaN(Date.parse(value)), {
      message: `${label} must be a date between the years 1000 and 9999.`,
    });
