import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { SEND_EVERY_MS, sendHeldTyping, sendHeldTypingOnHide } from './batched-sends';

/** A provider that batches as Barta's does, on a socket that never connects; `sent` counts document messages. */
function batchingProvider() {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({
    url: 'ws://127.0.0.1:9',
    autoConnect: false,
    WebSocketPolyfill: class {},
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: 'story',
    document: doc,
    flushDelay: SEND_EVERY_MS,
  });
  const sent: unknown[] = [];
  vi.spyOn(provider, 'send').mockImplementation((message) => void sent.push(message));
  const type = (text: string) => doc.getText('body').insert(doc.getText('body').length, text);
  return { doc, provider, socket, sent, type };
}

const fakePage = () => {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  return { win, doc };
};

describe('batched sends', () => {
  afterEach(() => vi.useRealTimers());

  it('sends the keystrokes of a window as one message, counted as one unsynced change', () => {
    vi.useFakeTimers();
    const { provider, sent, type } = batchingProvider();
    type('আ');
    type('জ');
    expect(sent).toHaveLength(0);
    expect(provider.unsyncedChanges).toBe(1);
    vi.advanceTimersByTime(SEND_EVERY_MS);
    expect(sent).toHaveLength(1);
    provider.destroy();
  });

  it('sends held typing at once when the page is hidden or closes', () => {
    const { provider, sent, type } = batchingProvider();
    const { win, doc } = fakePage();
    const stop = sendHeldTypingOnHide(provider, win as Window, doc as unknown as Document);
    type('আ');
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(sent).toHaveLength(1);
    type('জ');
    win.dispatchEvent(new Event('pagehide'));
    expect(sent).toHaveLength(2);
    stop();
    type('জ');
    win.dispatchEvent(new Event('pagehide'));
    expect(sent).toHaveLength(2);
    provider.destroy();
  });

  it('sends held typing before an action waits for the server', () => {
    const { provider, sent, type } = batchingProvider();
    type('আ');
    sendHeldTyping(provider);
    expect(sent).toHaveLength(1);
    provider.destroy();
  });
});
