import type { Language } from '../../../shared/i18n/languages';

type Purpose = 'invite' | 'reset';

const WORDS: Record<
  Language,
  Record<Purpose, { subject: string; text: (name: string, url: string) => string }>
> = {
  en: {
    invite: {
      subject: 'Your invitation',
      text: (name, url) =>
        `${name}, you have been invited to the newsroom dashboard. Choose your password here: ${url}`,
    },
    reset: {
      subject: 'Choose a new password',
      text: (name, url) => `${name}, choose a new password for the newsroom dashboard here: ${url}`,
    },
  },
  bn: {
    invite: {
      subject: 'আপনার আমন্ত্রণ',
      text: (name, url) =>
        `${name}, আপনাকে বার্তাকক্ষের ড্যাশবোর্ডে আমন্ত্রণ জানানো হয়েছে। এখানে আপনার পাসওয়ার্ড ঠিক করুন: ${url}`,
    },
    reset: {
      subject: 'নতুন পাসওয়ার্ড ঠিক করুন',
      text: (name, url) => `${name}, বার্তাকক্ষের ড্যাশবোর্ডের জন্য এখানে নতুন পাসওয়ার্ড ঠিক করুন: ${url}`,
    },
  },
};

/**
 * An invite or reset mail in the recipient's language (users.language). An invite goes to
 * someone who has not chosen a language yet (theirs is the newsroom default), so it also
 * carries the other language below.
 */
export function accountLinkMail(
  purpose: Purpose,
  language: Language,
  to: { name: string },
  url: string,
): { subject: string; text: string } {
  const own = WORDS[language][purpose];
  if (purpose === 'reset') return { subject: own.subject, text: own.text(to.name, url) };
  const other = WORDS[language === 'bn' ? 'en' : 'bn'].invite;
  return {
    subject: `${own.subject} / ${other.subject}`,
    text: `${own.text(to.name, url)}\n\n${other.text(to.name, url)}`,
  };
}
