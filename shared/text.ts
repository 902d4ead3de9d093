import { z } from 'zod';

/** Every stored text is NFC so that the same Bengali word compares equal however it was typed. */
export function toNfc(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n');
}

// A plain-text field never holds markup: `<script>`, `<img onerror=...>` or `<!--`.
// Refusing it (rather than silently escaping) tells the user what was wrong.
const MARKUP = /<\s*[a-z!/?]/i;

/**
 * A plain-text field: trimmed, NFC-normalized, no markup, no control characters,
 * with messages that say which field and what to fix.
 */
export function plainText(label: string, { min = 0, max }: { min?: number; max: number }) {
  return z
    .string({ error: `${label} must be text.` })
    .transform((value) => toNfc(value).trim())
    .superRefine((value, ctx) => {
      if (min > 0 && value.length === 0) {
        ctx.addIssue({ code: 'custom', message: `${label} is required.` });
      } else if (value.length < min) {
        ctx.addIssue({ code: 'custom', message: `${label} must be at least ${min} characters.` });
      }
      if (value.length > max) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} is too long: ${value.length} characters, the limit is ${max}.`,
        });
      }
      if (MARKUP.test(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `${label} must be plain text: remove the HTML tag (anything starting with “<”).`,
        });
      }
      // Tabs and newlines are fine in summaries; other control characters are paste debris.
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) {
        ctx.addIssue({ code: 'custom', message: `${label} contains invisible control characters.` });
      }
    });
}

export const emailField = z
  .string({ error: 'Email must be text.' })
  .transform((value) => value.trim().toLowerCase())
  .pipe(
    z.email({ error: 'Enter a valid email address, like name@example.com.' }).max(254, 'Email is too long.'),
  );

export const uuidField = (label: string) => z.uuid({ error: `${label} is not a valid id.` });
