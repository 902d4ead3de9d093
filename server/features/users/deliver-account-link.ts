import type { Language } from '../../../shared/i18n/languages';
import type { Context } from '../../trpc/context';
import { accountLinkUrl } from '../auth/account-links';
import { accountLinkMail } from '../mail/account-link-mail';
import { mailSenderFor } from '../mail/mail-sender';

/**
 * Mails an invite or reset link when the installation can, and says what became of the
 * mail for the screen. It runs after the link's transaction: a mail server that fails
 * loses nothing, the screen shows the link to copy and says the mail failed. The mail is
 * in the recipient's language.
 */
export async function deliverAccountLink(
  ctx: Context,
  link: { path: string; purpose: 'invite' | 'reset'; expiresAt: Date },
  to: { email: string; name: string; language: Language },
) {
  const url = accountLinkUrl(link.path, ctx.config.publicOrigin);
  const mail = await mailSenderFor(ctx.config, ctx.log).send({
    to: to.email,
    ...accountLinkMail(link.purpose, to.language, to, url),
  });
  return { path: link.path, url, expiresAt: link.expiresAt, mail };
}
