import type { Awareness } from 'y-protocols/awareness';

/** The others see this person's caret at most this often while they type (always its last place). */
export const CARET_SEND_MS = 80;

interface Changes {
  added: number[];
  updated: number[];
  removed: number[];
}

type Listener = (changes: Changes, origin: unknown) => void;

const onlyFrom = (clientId: number, { added, updated, removed }: Changes) =>
  [...added, ...updated, ...removed].every((id) => id === clientId);

/**
 * The awareness as the caret extension sees it. The extension sets this tab's caret on
 * every keystroke, and each set is a message to the server and a redraw of everyone's
 * carets; here the caret goes out at most every `everyMs` (the latest place, trailing),
 * and this tab's own changes, which draw nothing (one's own caret is the browser's), do
 * not ask the extension to redraw. Clearing the caret (blur, closing) goes out at once.
 */
export function caretAwareness(awareness: Awareness, everyMs = CARET_SEND_MS): Awareness {
  let pending: { value: unknown } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    awareness.setLocalStateField('cursor', value);
  };
  const setLocalStateField = (field: string, value: unknown) => {
    if (field !== 'cursor' || value === null) {
      if (field === 'cursor') {
        clearTimeout(timer);
        timer = undefined;
        pending = null;
      }
      awareness.setLocalStateField(field, value);
      return;
    }
    pending = { value };
    timer ??= setTimeout(send, everyMs);
  };
  // The extension compares with what it set last: the caret not sent yet counts.
  const getLocalState = () => {
    const state = awareness.getLocalState();
    return state && pending ? { ...state, cursor: pending.value } : state;
  };
  const wrapped = new Map<Listener, Listener>();
  const on = (name: string, listener: Listener) => {
    const others: Listener = (changes, origin) => {
      if (!onlyFrom(awareness.clientID, changes)) listener(changes, origin);
    };
    wrapped.set(listener, others);
    awareness.on(name, others);
  };
  const off = (name: string, listener: Listener) => {
    awareness.off(name, wrapped.get(listener) ?? listener);
    wrapped.delete(listener);
  };
  const own: Record<string, unknown> = { setLocalStateField, getLocalState, on, off };
  return new Proxy(awareness, {
    get(target, prop) {
      if (typeof prop === 'string' && prop in own) return own[prop];
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
