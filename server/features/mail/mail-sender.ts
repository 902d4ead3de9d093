import nodemailer from 'nodemailer';
import type { Config } from '../../config';
import type { Logger } from '../../trpc/context';

export interface LinkMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * What became of a message: `sent` (the mail server took it), `failed` (it would not:
 * the screen shows the link and says so) or `off` (no mail server: the link is shown to copy).
 */
export type MailOutcome = 'sent' | 'failed' | 'off';

/** How an invite or reset link reaches its person. Never throws: a failure is an outcome. */
export interface MailSender {
  send(message: LinkMessage): Promise<MailOutcome>;
}

/** No mail server: the administrator copies the link from the screen and passes it on. */
export const showLinkToCopy: MailSender = {
  async send() {
    return 'off';
  },
};

// The administrator waits on the invite screen while the mail server answers: give up
// well before a browser would, and show the link instead.
const TIMEOUT_MS = 10_000;

/** Sends through the SMTP server at `smtpUrl` (smtp:// or smtps://, credentials in the URL). */
export function smtpSender(smtpUrl: string, from: string, log: Logger): MailSender {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  return {
    async send(message) {
      try {
        await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
        return 'sent';
      } catch (cause) {
        // The link is shown instead; the cause (never the password in the URL) goes to the log.
        log.warn(
          { err: String((cause as Error)?.message ?? cause) },
          'Could not send mail; the link is shown to copy.',
        );
        return 'failed';
      }
    },
  };
}

const senders = new Map<string, MailSender>();

/** The sender for this installation: SMTP when SMTP_URL is set (one pooled transport), else none. */
export function mailSenderFor(config: Config, log: Logger): MailSender {
  if (!config.smtpUrl) return showLinkToCopy;
  const key = `${config.smtpUrl}\n${config.mailFrom}`;
  let sender = senders.get(key);
  if (!sender) {
    sender = smtpSender(config.smtpUrl, config.mailFrom, log);
    senders.set(key, sender);
  }
  return sender;
}
