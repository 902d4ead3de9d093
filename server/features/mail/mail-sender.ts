import type { Config } from '../../config';
import type { Logger } from '../../trpc/context';

export interface LinkMessage {
  to: string;
  subject: string;
  text: string;
}

/** How an invite or reset link reaches its person. `sent: false`: show the link to copy. */
export interface MailSender {
  send(message: LinkMessage): Promise<{ sent: boolean }>;
}

/** No mail server: the administrator copies the link from the screen and passes it on. */
export const showLinkToCopy: MailSender = {
  async send() {
    return { sent: false };
  },
};

let warned = false;

/**
 * The sender for this installation. SMTP delivery needs a mail library this build
 * does not bundle yet, so with SMTP_URL set the link is still shown (and the log says why).
 */
export function mailSenderFor(config: Config, log: Logger): MailSender {
  if (config.smtpUrl && !warned) {
    warned = true;
    log.warn(
      { smtp: 'unavailable' },
      'SMTP_URL is set, but this build cannot send email yet: invite and reset links are shown to copy.',
    );
  }
  return showLinkToCopy;
}
