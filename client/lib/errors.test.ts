import { describe, expect, it } from 'vitest';
import { supportReferenceOf, userMessageOf } from './errors';

describe('support reference', () => {
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
