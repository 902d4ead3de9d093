import type { HocuspocusProvider } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import type { CollabUser } from './body-collab';

export interface Present extends CollabUser {
  clientId: number;
  self: boolean;
}

/** Everyone in the document now (from awareness), each person once, this tab first. */
export function usePresence(provider: HocuspocusProvider | null, user: CollabUser): Present[] {
  const [people, setPeople] = useState<Present[]>([]);
  useEffect(() => {
    const awareness = provider?.awareness;
    if (!awareness) return;
    // The body's caret extension sets the same field; set here too so a watcher without a caret is listed.
    awareness.setLocalStateField('user', user);
    let shown = '';
    const read = () => {
      const seen = new Map<string, Present>();
      for (const [clientId, state] of awareness.getStates()) {
        const u = (state as { user?: CollabUser }).user;
        if (!u?.id) continue;
        const self = clientId === awareness.clientID;
        const known = seen.get(u.id);
        // One person in two tabs is one entry; editing in any tab wins over watching.
        if (!known || self || (known.readOnly && !u.readOnly)) {
          seen.set(u.id, {
            ...u,
            clientId,
            self: self || Boolean(known?.self),
            readOnly: known ? known.readOnly && u.readOnly : u.readOnly,
          });
        }
      }
      const next = [...seen.values()].sort((a, b) => Number(b.self) - Number(a.self));
      // Awareness changes with every caret move; the list only when someone comes, goes or changes.
      const key = JSON.stringify(next);
      if (key === shown) return;
      shown = key;
      setPeople(next);
    };
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [provider, user]);
  return people;
}
