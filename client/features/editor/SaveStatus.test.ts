import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { SLOW_SAVE_MS, saveStatusText } from './SaveStatus';

const ZONE = 'Asia/Dhaka';

describe('saveStatusText: never "Saving…" for long without saying why', () => {
  beforeEach(() => i18n.changeLanguage('en'));

  it('says how long the server has not answered once a save is slow, and that the text is kept', () => {
    const since = 1_000_000;
    expect(saveStatusText({ phase: 'saving' }, true, ZONE, since + 1_000, since)).toBe('Saving…');
    const slow = saveStatusText({ phase: 'saving' }, true, ZONE, since + SLOW_SAVE_MS + 1_500, since);
    expect(slow).toBe(
      'Saving… the server has not answered for 6 s. Your text is kept on this device; Barta keeps trying.',
    );
  });

  it('names why a save did not go through and what happens next', () => {
    const now = 5_000_000;
    expect(
      saveStatusText({ phase: 'offline', reason: 'no-answer', retryAt: now + 7_200 }, true, ZONE, now, null),
    ).toBe('Offline: saved on this device (the server did not answer); retrying in 8 s.');
    expect(
      saveStatusText({ phase: 'offline', reason: 'server', retryAt: now - 1 }, true, ZONE, now, null),
    ).toBe('Offline: saved on this device (the server had a problem); retrying now.');
    expect(saveStatusText({ phase: 'pending' }, false, ZONE, now, null)).toBe(
      'Offline: saved on this device. It goes to the server when you are back online.',
    );
    expect(saveStatusText({ phase: 'locked', holder: 'করিম' }, true, ZONE, now, null)).toBe(
      'Not saved: করিম is editing (kept on this device). Take over to save.',
    );
    expect(saveStatusText({ phase: 'conflict', details: {} }, true, ZONE, now, null)).toMatch(
      /Choose what to keep/,
    );
  });

  it('says it in Bengali, with Bengali digits, in the Bengali interface', async () => {
    await i18n.changeLanguage('bn');
    const since = 1_000_000;
    expect(saveStatusText({ phase: 'saving' }, true, ZONE, since + SLOW_SAVE_MS + 1_500, since)).toBe(
      'সংরক্ষণ হচ্ছে… ৬ সেকেন্ড ধরে সার্ভার সাড়া দিচ্ছে না। আপনার লেখা এই ডিভাইসে রাখা আছে; বার্তা চেষ্টা চালিয়ে যাচ্ছে।',
    );
    expect(
      saveStatusText({ phase: 'saved', at: new Date('2025-07-23T07:48:00Z') }, true, ZONE, since, null),
    ).toBe('০১:৪৮ পিএম-এ সংরক্ষিত');
  });
});
