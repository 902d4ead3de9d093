import { afterEach, describe, expect, it, vi } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CARET_SEND_MS, caretAwareness } from './caret-awareness';

function setup() {
  const awareness = new Awareness(new Y.Doc());
  const sent: unknown[] = [];
  awareness.on('update', () => sent.push(awareness.getLocalState()?.cursor));
  return { awareness, sent, caret: caretAwareness(awareness) };
}

describe('caretAwareness', () => {
  afterEach(() => vi.useRealTimers());

  it('sends the caret at most once a window, its latest place', () => {
    vi.useFakeTimers();
    const { caret, sent } = setup();
    caret.setLocalStateField('cursor', { at: 1 });
    caret.setLocalStateField('cursor', { at: 2 });
    expect(sent).toEqual([]);
    // The extension compares with the caret it set last, sent or not.
    expect(caret.getLocalState()?.cursor).toEqual({ at: 2 });
    vi.advanceTimersByTime(CARET_SEND_MS);
    expect(sent).toEqual([{ at: 2 }]);
  });

  it('clears the caret at once and drops the one not sent', () => {
    vi.useFakeTimers();
    const { caret, sent } = setup();
    caret.setLocalStateField('cursor', { at: 1 });
    caret.setLocalStateField('cursor', null);
    vi.advanceTimersByTime(CARET_SEND_MS);
    expect(sent).toEqual([null]);
  });

  it('tells its listeners about the others only, not about this tab', () => {
    const { awareness, caret } = setup();
    const heard = vi.fn();
    caret.on('change', heard);
    awareness.setLocalStateField('user', { name: 'এক' });
    expect(heard).not.toHaveBeenCalled();
    const other = new Awareness(new Y.Doc());
    other.setLocalStateField('user', { name: 'দুই' });
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), 'server');
    expect(heard).toHaveBeenCalledTimes(1);
    caret.off('change', heard);
    other.setLocalStateField('user', { name: 'তিন' });
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), 'server');
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
