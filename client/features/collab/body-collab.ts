import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import type * as Y from 'yjs';
import { BODY_FIELD } from '../../../shared/collab/story-doc';
import { buildBodyExtensions } from '../../../shared/editor';
import { FigureWithView } from '../editor/figure-node';
import { ReadMoreWithView } from '../related/read-more-node';
import { caretAwareness } from './caret-awareness';

/** Who this person is to the others: the name and colour on their caret and in the presence list. */
export interface CollabUser {
  id: string;
  name: string;
  color: string;
  readOnly: boolean;
}

export interface BodyCollab {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  user: CollabUser;
}

/**
 * The body's extensions when co-editing: the same schema as always, ProseMirror's undo
 * history off (Collaboration's Yjs undo replaces it, undoing only one's own typing), and
 * everyone's caret with their name (this tab's own caret sent at most every CARET_SEND_MS).
 */
export function collabExtensions({ doc, provider, user }: BodyCollab): AnyExtension[] {
  const awareness = provider.awareness;
  return [
    ...buildBodyExtensions({ readMore: ReadMoreWithView, figure: FigureWithView, undoRedo: false }),
    Collaboration.configure({ document: doc, field: BODY_FIELD }),
    CollaborationCaret.configure({
      provider: awareness ? { awareness: caretAwareness(awareness) } : provider,
      user,
    }),
  ];
}
