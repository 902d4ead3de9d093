import { z } from 'zod';
import { DEFAULT_LANGUAGE, ZLanguage } from '../i18n/languages';
import { ROLES } from '../roles';
import { SECTIONS_AT_SETUP_MAX, ZSectionDraft } from '../sections/schemas';
import { emailField, plainText, uuidField } from '../text';

export const PASSWORD_MIN = 10;

export const ZPassword = z
  .string({ error: 'Password must be text.' })
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters.`)
  .max(200, 'Password is too long: 200 characters at most.');

export const ZRole = z.enum(ROLES, {
  error: (issue) => `“${String(issue.input)}” is not a role. Choose one of: ${ROLES.join(', ')}.`,
});

export const ZSignInInput = z.object({
  email: emailField,
  // Any stored password is accepted here: length rules apply when one is set, not when it is used.
  password: z.string({ error: 'Password must be text.' }).min(1, 'Enter your password.').max(200),
});

export const ZSetupInput = z.object({
  name: plainText('Name', { min: 1, max: 120 }),
  email: emailField,
  password: ZPassword,
  /** The starter sections as the admin edited them; saved with the account. */
  sections: z
    .array(ZSectionDraft)
    .max(SECTIONS_AT_SETUP_MAX, `At most ${SECTIONS_AT_SETUP_MAX} sections at setup: add more later.`)
    .default([]),
  /** The language the setup screen was read in becomes the administrator's. */
  language: ZLanguage.default(DEFAULT_LANGUAGE),
});

export const ZSetLanguageInput = z.object({ language: ZLanguage });

export const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1, 'Enter your current password.').max(200),
  newPassword: ZPassword,
});

export const ZInviteUserInput = z.object({
  name: plainText('Name', { min: 1, max: 120 }),
  email: emailField,
  role: ZRole,
});

export const ZChangeRoleInput = z.object({ userId: uuidField('User'), role: ZRole });
export const ZUserIdInput = z.object({ userId: uuidField('User') });

export type SignInInput = z.infer<typeof ZSignInInput>;
export type SetupInput = z.infer<typeof ZSetupInput>;
export type InviteUserInput = z.infer<typeof ZInviteUserInput>;

/** A one-time link's secret, as it arrives from the address bar. */
export const ZAccountLinkToken = z
  .string({ error: 'The link is incomplete: open it again from the message you received.' })
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'The link is incomplete: open it again from the message you received.');

export const ZAccountLinkInput = z.object({ token: ZAccountLinkToken });
export const ZSetPasswordWithLinkInput = z.object({
  token: ZAccountLinkToken,
  password: ZPassword,
  /** The language the link's page was read in becomes the colleague's; kept as it is when absent. */
  language: ZLanguage.optional(),
});

/** Which one-time link: a colleague's first password, or a new one after a reset. */
export type AccountLinkPurpose = 'invite' | 'reset';
/** Where the dashboard opens a link; the secret rides in the fragment, so no server log sees it. */
export const ACCOUNT_LINK_PATH = '/admin/set-password';
