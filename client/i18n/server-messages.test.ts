import { afterAll, describe, expect, it } from 'vitest';
import { checkTransition, checkUpdateAction } from '../../shared/articles/transitions';
import { ZSectionDraft } from '../../shared/sections/schemas';
import { i18n } from '.';
import { matchServerMessage, translateServerMessage } from './server-messages';

describe('refusals of the status machine and of roles', () => {
  afterAll(() => i18n.changeLanguage('en'));

  // The very messages the server sends, so a reworded refusal fails here.
  const draftUpdate = checkUpdateAction('draft', 'manager', 'publish_update', null);
  const editorUpdate = checkUpdateAction('published', 'editor', 'approve_update', {
    reviewed: false,
    scheduled: false,
  });
  const deskApprove = checkTransition('in_review', 'desk', 'approve');
  const message = (check: { ok: boolean; message?: string }) => (check.ok ? '' : (check.message ?? ''));

  it('knows each of them', () => {
    for (const text of [
      message(draftUpdate),
      message(editorUpdate),
      message(deskApprove),
      'Your role (desk) does not allow this action.',
      'Your role (editor) may not edit stories.',
    ]) {
      expect(matchServerMessage(text), text).not.toBeNull();
    }
  });

  it('shows them in Bengali with the action, role and status in Bengali words', async () => {
    await i18n.changeLanguage('bn');
    expect(translateServerMessage(message(draftUpdate), 'BAD_REQUEST')).toBe(
      '“হালনাগাদ প্রকাশ করুন” কেবল প্রকাশিত খবরের জন্য; এই খবরটির অবস্থা: খসড়া।',
    );
    expect(translateServerMessage(message(editorUpdate), 'FORBIDDEN')).toBe(
      'আপনার ভূমিকায় (সম্পাদক) এই খবরে “হালনাগাদ অনুমোদন করুন” করার অনুমতি নেই।',
    );
    expect(translateServerMessage(message(deskApprove), 'FORBIDDEN')).toBe(
      'আপনার ভূমিকায় (ডেস্ক) এই খবরে “অনুমোদন করুন” করার অনুমতি নেই।',
    );
    expect(translateServerMessage('Your role (desk) does not allow this action.', 'FORBIDDEN')).toBe(
      'আপনার ভূমিকায় (ডেস্ক) এই কাজের অনুমতি নেই।',
    );
    const notNow = message(checkTransition('published', 'manager', 'approve'));
    expect(translateServerMessage(notNow, 'BAD_REQUEST')).toBe(
      'খবরটি “প্রকাশিত” অবস্থায় থাকায় “অনুমোদন করুন” করা যাবে না।',
    );
    for (const text of [message(draftUpdate), message(editorUpdate), notNow]) {
      expect(translateServerMessage(text)).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('keeps the server’s own English in the English interface', async () => {
    await i18n.changeLanguage('en');
    for (const text of [message(draftUpdate), message(editorUpdate), message(deskApprove)]) {
      expect(translateServerMessage(text, 'FORBIDDEN')).toBe(text);
    }
    expect(message(draftUpdate)).toBe('“Publish update” is only for published stories; this one is draft.');
  });
});

describe('rate limits and field refusals', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('knows every rate-limit message and the section slug rule', () => {
    const slugRule = ZSectionDraft.safeParse({ nameBn: 'খেলা', nameEn: 'Sports', slug: 'খেলা!' });
    const messages = [
      // server/http/rate-limits.ts
      'Too many sign-in attempts. Wait a moment and try again.',
      'Too many setup attempts. Wait a moment and try again.',
      'Too many password changes. Wait a moment and try again.',
      'Too many searches and list pages at once. Wait a moment and try again.',
      'Too many requests. Slow down.',
      slugRule.success ? '' : (slugRule.error.issues[0]?.message ?? ''),
    ];
    for (const text of messages) expect(matchServerMessage(text), text).not.toBeNull();
  });

  it('shows them in Bengali', async () => {
    await i18n.changeLanguage('bn');
    expect(translateServerMessage('Too many requests. Slow down.', 'TOO_MANY_REQUESTS')).toBe(
      'অনেক বেশি অনুরোধ এসেছে। একটু ধীরে করুন।',
    );
    expect(translateServerMessage('Already used by another story.')).toBe('অন্য একটি খবর এটি ব্যবহার করছে।');
  });
});
