import { describe, expect, it } from 'vitest';
import { editPathOf } from './edit-path';
import type { CollabSession, CollabStatus } from './use-collab';

const session = (status: CollabStatus, local: { loaded?: boolean; has?: boolean } = {}) =>
  ({ status, localLoaded: local.loaded ?? true, hasLocal: local.has ?? false }) as CollabSession;

describe('editPathOf', () => {
  it('co-edits once the shared document is here, or offline with it', () => {
    expect(editPathOf(session('synced'), false)).toBe('collab');
    expect(editPathOf(session('offline'), false)).toBe('collab');
  });

  it('opens from this tab’s copy while still connecting, and waits when there is none', () => {
    expect(editPathOf(session('connecting', { has: true }), false)).toBe('collab');
    expect(editPathOf(session('connecting'), false)).toBe('waiting');
    expect(editPathOf(session('connecting', { loaded: false, has: true }), false)).toBe('waiting');
    expect(editPathOf(null, false)).toBe('waiting');
  });

  it('falls back to the single-editor path when refused or out of reach, or for a restored device copy', () => {
    expect(editPathOf(session('refused'), false)).toBe('single');
    expect(editPathOf(session('unavailable'), false)).toBe('single');
    expect(editPathOf(session('synced'), true)).toBe('single');
  });
});
