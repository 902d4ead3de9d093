import { z } from 'zod';
import { ROLES } from '../roles';
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
});

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
