import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../config';
import { createTestHarness, silentLog, type TestHarness, type TestUser } from '../../test/harness';
import { closedPort, startSmtpSink } from '../../test/smtp-sink';
import { smtpSender } from './mail-sender';

type Sink = Awaited<ReturnType<typeof startSmtpSink>>;

/** The message's text part, with quoted-printable soft breaks and escapes undone. */
function bodyOf(raw: string): string {
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  return body
    .replace(/=\r\n/g, '')
    .replace(/(=[0-9A-F]{2})+/g, (run) => Buffer.from(run.replace(/=/g, ''), 'hex').toString('utf8'));
}

/** The Subject header, its RFC 2047 encoded words (UTF-8, B or Q) decoded. */
function subjectOf(raw: string): string {
  const header = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  const unfolded = header.replace(/\r\n[ \t]/g, ' ');
  // Adjacent encoded words join without the space between them; bytes may span words.
  return unfolded.replace(/\?=\s+=\?/g, '?==?').replace(/(=\?UTF-8\?[BQ]\?[^?]*\?=)+/gi, (run) => {
    const bytes: Buffer[] = [];
    for (const [, kind, data] of run.matchAll(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi)) {
      bytes.push(
        kind.toUpperCase() === 'B'
          ? Buffer.from(data, 'base64')
          : Buffer.from(
              data
                .replace(/_/g, ' ')
                .replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
              'latin1',
            ),
      );
    }
    return Buffer.concat(bytes).toString('utf8');
  });
}

describe('invite and reset links by mail (SMTP_URL)', () => {
  let sink: Sink;
  let h: TestHarness;
  let admin: TestUser;

  beforeAll(async () => {
    sink = await startSmtpSink();
    h = await createTestHarness({
      SMTP_URL: `smtp://barta:mail-secret@127.0.0.1:${sink.port}`,
      MAIL_FROM: 'বার্তা ডেস্ক <desk@news.example.com>',
      PUBLIC_ORIGIN: 'https://news.example.com',
    });
    admin = await h.makeUser('admin');
  });
  afterAll(async () => {
    await h.close();
    await sink.close();
  });

  it('mails the invite link to the colleague, and the link works', async () => {
    const before = sink.received.length;
    const { user, link } = await h.caller(admin).users.invite({
      name: 'রহিম উদ্দিন',
      email: 'rahim.mail@barta.test',
      role: 'editor',
    });
    expect(link.mail).toBe('sent');
    expect(sink.received).toHaveLength(before + 1);
    const mail = sink.received[before];
    expect(mail.to).toEqual(['rahim.mail@barta.test']);
    expect(mail.from).toBe('desk@news.example.com');
    expect(mail.auth).toEqual({ user: 'barta', pass: 'mail-secret' });
    // A new account reads the newsroom's default, Bengali; the invite carries English too.
    expect(subjectOf(mail.data)).toBe('আপনার আমন্ত্রণ / Your invitation');
    const text = bodyOf(mail.data);
    expect(text).toContain('রহিম উদ্দিন, আপনাকে বার্তাকক্ষের ড্যাশবোর্ডে আমন্ত্রণ জানানো হয়েছে।');
    expect(text).toContain('you have been invited to the newsroom dashboard');
    expect(text).toContain(link.url);
    expect(link.url).toMatch(/^https:\/\/news\.example\.com\/admin\/set-password#[A-Za-z0-9_-]{43}$/);
    // The mailed link is the one that sets the password.
    const token = /set-password#([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? '';
    const signedIn = await h.caller(null).auth.setPasswordWithLink({ token, password: 'rahim-own-password' });
    expect(signedIn).toMatchObject({ id: user.id, mustChangePassword: false });
  });

  it('mails a password reset link in the recipient’s own language', async () => {
    const editor = await h.makeUser('editor');
    await h.caller(editor).auth.setLanguage({ language: 'en' });
    const before = sink.received.length;
    const { link } = await h.caller(admin).users.resetPassword({ userId: editor.id });
    expect(link.mail).toBe('sent');
    const mail = sink.received[before];
    expect(mail.to).toEqual([editor.email]);
    expect(mail.data).toMatch(/^Subject: Choose a new password\r$/m);
    expect(bodyOf(mail.data)).toContain(link.url);
    expect(bodyOf(mail.data)).not.toMatch(/[\u0980-\u09FF]/);

    const desk = await h.makeUser('desk');
    const bengali = sink.received.length;
    await h.caller(admin).users.resetPassword({ userId: desk.id });
    expect(subjectOf(sink.received[bengali].data)).toBe('নতুন পাসওয়ার্ড ঠিক করুন');
  });

  it('keeps the invite when the mail server refuses it: the link is returned and says mail failed', async () => {
    sink.options.refuseRecipients = true;
    try {
      const before = sink.received.length;
      const { user, link } = await h.caller(admin).users.invite({
        name: 'করিম',
        email: 'karim.refused@barta.test',
        role: 'desk',
      });
      expect(link.mail).toBe('failed');
      expect(sink.received).toHaveLength(before);
      // Nothing is lost: the colleague exists and the shown link works.
      const listed = await h.caller(admin).users.list();
      expect(listed.map((u: { email: string }) => u.email)).toContain('karim.refused@barta.test');
      const signedIn = await h
        .caller(null)
        .auth.setPasswordWithLink({ token: link.path.split('#')[1], password: 'karim-own-password' });
      expect(signedIn.id).toBe(user.id);
    } finally {
      sink.options.refuseRecipients = false;
    }
  });
});

describe('the SMTP sender', () => {
  it('reports a mail server that does not answer as failed, without throwing', async () => {
    const port = await closedPort();
    const sender = smtpSender(`smtp://127.0.0.1:${port}`, 'Barta <no-reply@localhost>', silentLog);
    await expect(sender.send({ to: 'a@barta.test', subject: 'x', text: 'y' })).resolves.toBe('failed');
  });

  it('needs PUBLIC_ORIGIN with SMTP_URL, and a readable MAIL_FROM', () => {
    expect(() => readConfig({ SMTP_URL: 'smtp://127.0.0.1:25' })).toThrow(/SMTP_URL needs PUBLIC_ORIGIN/);
    expect(() =>
      readConfig({
        SMTP_URL: 'smtp://127.0.0.1:25',
        PUBLIC_ORIGIN: 'https://news.example.com',
        MAIL_FROM: 'desk',
      }),
    ).toThrow(/MAIL_FROM must be an email address/);
    const config = readConfig({ SMTP_URL: 'smtp://127.0.0.1:25', PUBLIC_ORIGIN: 'https://news.example.com' });
    expect(config.mailFrom).toBe('Barta <no-reply@news.example.com>');
  });
});
