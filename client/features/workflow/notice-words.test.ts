import { afterAll, describe, expect, it } from 'vitest';
import { NOTICE_KEYS, type Notice, noticeEnglish } from '../../../shared/notifications/notices';
import { i18n } from '../../i18n';
import { noticeText } from './notice-words';

const sample = (key: Notice['key']): Notice => ({
  key,
  headline: 'বাজেট পাস',
  name: 'মনি সম্পাদক',
  note: 'সূত্র দিন',
  reasons: key.endsWith('Failed') ? ['Write a summary.'] : undefined,
});

describe('notifications in the reader’s language', () => {
  afterAll(() => i18n.changeLanguage('bn'));

  it('read in English exactly as the text stored with the row', async () => {
    await i18n.changeLanguage('en');
    for (const key of NOTICE_KEYS) {
      const notice = sample(key);
      expect(noticeText({ message: 'stored', notice }), key).toBe(noticeEnglish(notice));
    }
    expect(noticeText({ message: '', notice: { key: 'live', headline: ' ' } })).toBe(
      'an untitled story is live.',
    );
  });

  it('read in Bengali, checklist reasons translated too', async () => {
    await i18n.changeLanguage('bn');
    const approved = sample('sentBack');
    expect(noticeText({ message: noticeEnglish(approved), notice: approved })).toBe(
      'মনি সম্পাদক “বাজেট পাস” সংশোধনে ফেরত পাঠিয়েছেন: সূত্র দিন',
    );
    for (const key of NOTICE_KEYS) {
      expect(noticeText({ message: 'stored', notice: sample(key) }), key).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it('keep old rows (text only) readable, in Bengali when the sentence is known', async () => {
    await i18n.changeLanguage('bn');
    expect(noticeText({ message: 'মনি approved “খবর”.', notice: null })).toBe('মনি “খবর” অনুমোদন করেছেন।');
    expect(noticeText({ message: 'Something only the server says', notice: null })).toBe(
      'Something only the server says',
    );
  });
});
