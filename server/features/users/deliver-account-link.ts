import type { Context } from '../../trpc/context';
import { accountLinkUrl } from '../auth/account-links';
import { mailSenderFor } from '../mail/mail-sender';

/**
 * Mails an invite or reset link when the installation can, and says what became of the
 * mail for the screen. It runs after the link's transaction: a mail server that fails
 * loses nothing, the screen shows the link to copy and says the mail failed.
 */
export async function deliverAccountLink(
  ctx: Context,
  link: { path: string; purpose: 'invite' | 'reset'; expiresAt: Date },
  to: { email: string; name: string },
) {
  const url = accountLinkUrl(link.path, ctx.config.publicOrigin);
  const text =
    link.purpose === 'invite'
      ? `${to.name}, you have been invited to the newsroom dashboard. Choose your password here: ${url}`
      : `${to.name}, choose a new password for the newsroom dashboard here: ${url}`;
  const mail = await mailSenderFor(ctx.config, ctx.log).send({
    to: to.email,
    subject: link.purpose === 'invite' ? 'Your invitation' : 'Choose a new password',
    text,
  });
  return { path: link.path, url, expiresAt: link.expiresAt, mail };
}
