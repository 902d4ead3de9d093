import { describe, expect, it } from 'vitest';
import { type Delivery, GONE_KEEP_MS, nextUndelivered, type UndeliveredList } from './undelivered-copies';

const day = 24 * 3600_000;
const delivered = (outcome: Delivery['outcome'], message?: string): Delivery => ({
  outcome,
  headline: 'শিরোনাম',
  message,
});

describe('the list of closed-tab copies the server did not take', () => {
  it('drops a delivered story, and one whose copies are gone (an editor merged them)', () => {
    const previous: UndeliveredList = {
      a: { headline: 'A', reason: 'refused', since: 1 },
      b: { headline: 'B', reason: 'read-only', since: 1 },
    };
    const { list, forget } = nextUndelivered(
      previous,
      new Set(['a']),
      new Map([['a', delivered('delivered')]]),
      10,
    );
    expect(list).toEqual({});
    expect(forget).toEqual([]);
  });

  it('records a refusal with the server’s sentence, and keeps the first time it was seen', () => {
    const first = nextUndelivered(
      {},
      new Set(['a']),
      new Map([
        ['a', delivered('refused', 'Your role may not change the headline: this change was not saved.')],
      ]),
      100,
    );
    expect(first.list.a).toEqual({
      headline: 'শিরোনাম',
      reason: 'refused',
      message: 'Your role may not change the headline: this change was not saved.',
      since: 100,
    });
    const again = nextUndelivered(
      first.list,
      new Set(['a']),
      new Map([['a', delivered('refused', 'x')]]),
      500,
    );
    expect(again.list.a?.since).toBe(100);
    const readOnly = nextUndelivered(
      again.list,
      new Set(['a']),
      new Map([['a', delivered('read-only')]]),
      900,
    );
    expect(readOnly.list.a).toMatchObject({ reason: 'read-only', since: 900 });
  });

  it('keeps what it knew when the server could not be asked, or the story was not tried this time', () => {
    const previous: UndeliveredList = { a: { headline: 'A', reason: 'read-only', since: 1 } };
    expect(
      nextUndelivered(previous, new Set(['a']), new Map([['a', delivered('unreachable')]]), 5).list,
    ).toEqual(previous);
    expect(nextUndelivered(previous, new Set(['a']), new Map(), 5).list).toEqual(previous);
    // Nothing known yet and no answer: no notice.
    expect(nextUndelivered({}, new Set(['a']), new Map([['a', delivered('signed-out')]]), 5).list).toEqual(
      {},
    );
  });

  it('forgets the copies of a story the server no longer has, 30 days after first finding it so', () => {
    const gone = nextUndelivered({}, new Set(['a']), new Map([['a', delivered('gone')]]), 0);
    expect(gone.list.a?.reason).toBe('gone');
    expect(nextUndelivered(gone.list, new Set(['a']), new Map(), 29 * day).forget).toEqual([]);
    const later = nextUndelivered(gone.list, new Set(['a']), new Map(), GONE_KEEP_MS + 1);
    expect(later.forget).toEqual(['a']);
    expect(later.list).toEqual({});
  });
});
