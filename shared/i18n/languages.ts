import { z } from 'zod';

/** The dashboard's languages; Bengali first: it is the newsroom's and a new account's default. */
export const LANGUAGES = ['bn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'bn';

export const ZLanguage = z.enum(LANGUAGES, {
  error: (issue) =>
    `“${String(issue.input)}” is not a dashboard language. Choose bn (Bengali) or en (English).`,
});

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
