import { describe, expect, it } from 'vitest';
import {
  EMPTY_STATE,
  effectiveSort,
  parseListState,
  serializeListState,
  toInstant,
  toListInput,
} from './url-state';

describe('story list URL state', () => {
  it('round-trips every filter through the address bar', () => {
    const state = {
      ...EMPTY_STATE,
      q: '"ইলন মাস্ক" গ্রো',
      view: 'mine' as const,
      status: ['draft' as const, 'in_review' as const],
      sectionId: '6f1c2a4e-1b2c-4d5e-8f90-123456789abc',
      tag: 'প্রযুক্তি',
      dateField: 'published' as const,
      from: '2025-07-01',
      to: '2025-07-23',
      hasImage: false,
      sort: 'headline' as const,
      dir: 'asc' as const,
    };
    expect(parseListState(serializeListState(state))).toEqual(state);
  });

  it('drops values it does not know instead of sending them', () => {
    const state = parseListState('status=draft,bogus&section=not-a-uuid&sort=evil&view=x');
    expect(state).toEqual({ ...EMPTY_STATE, status: ['draft'] });
  });

  it('sorts by best match while searching, else by the view', () => {
    expect(effectiveSort({ ...EMPTY_STATE, q: 'গ্রোক' })).toEqual({ sort: 'relevance', dir: 'desc' });
    expect(effectiveSort({ ...EMPTY_STATE, view: 'review' })).toEqual({ sort: 'updated', dir: 'asc' });
    expect(effectiveSort({ ...EMPTY_STATE, sort: 'created' })).toEqual({ sort: 'created', dir: 'desc' });
  });

  it('reads dates as newsroom days', () => {
    expect(toInstant('2025-07-23', 'start', 'Asia/Dhaka')).toBe('2025-07-22T18:00:00.000Z');
    expect(toInstant('2025-07-23', 'end', 'Asia/Dhaka')).toBe('2025-07-23T17:59:59.999Z');
    expect(toInstant('2025-07-23T07:48:00Z', 'start', 'Asia/Dhaka')).toBe('2025-07-23T07:48:00.000Z');
    expect(toInstant('nonsense', 'start', 'Asia/Dhaka')).toBeNull();
    expect(toListInput({ ...EMPTY_STATE, from: '2025-07-23' }, 'Asia/Dhaka').from).toBe(
      '2025-07-22T18:00:00.000Z',
    );
  });
});
