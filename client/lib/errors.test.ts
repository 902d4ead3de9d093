import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { supportReferenceOf, userMessageOf } from './errors';

describe('support reference', () => {
  beforeAll(() => i18n.changeLanguage('en'));
  it('is the request id of a failure on the server side', () => {
    const error = {
      message: 'Something went wrong',
      data: { httpStatus: 500, userMessage: 'Something went wrong. Try again.', requestId: 'abc-123-def' },
    };
    expect(supportReferenceOf(error)).toBe('abc-123-def');
    expect(userMessageOf(error)).toBe('Something went wrong. Try again.');
  });

  it('is absent for refusals the user can fix, and for errors without data', () => {
    expect(supportReferenceOf({ data: { httpStatus: 409, requestId: 'abc-123-def' } })).toBeUndefined();
    expect(supportReferenceOf(new Error('Failed to fetch'))).toBeUndefined();
    expect(supportReferenceOf(null)).toBeUndefined();
  });
});

describe("messages in the reader's language", () => {
  it('shows a server message the catalog knows in Bengali, with its parts', async () => {
    await i18n.changeLanguage('bn');
    const error = {
      data: { code: 'CONFLICT', userMessage: 'An account for rina@barta.test already exists.' },
    };
    expect(userMessageOf(error)).toBe('rina@barta.test ঠিকানায় আগেই একটি অ্যাকাউন্ট আছে।');
    await i18n.changeLanguage('en');
    expect(userMessageOf(error)).toBe('An account for rina@barta.test already exists.');
  });

  it('puts a Bengali line for its kind before a message the catalog does not know yet', async () => {
    await i18n.changeLanguage('bn');
    const error = { data: { code: 'FORBIDDEN', userMessage: 'A brand new refusal.' } };
    expect(userMessageOf(error)).toBe(
      'আপনার ভূমিকায় এই কাজের অনুমতি নেই। দরকার হলে প্রশাসককে বলুন। (A brand new refusal.)',
    );
    expect(userMessageOf(new TypeError('Failed to fetch'))).toMatch(/^বার্তা সার্ভারের সঙ্গে যোগাযোগ হচ্ছে না/);
    await i18n.changeLanguage('en');
  });
});
