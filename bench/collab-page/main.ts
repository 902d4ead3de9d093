// A bench-only page (bench/collab-typing.ts builds and serves it): Barta's story-body
// extensions in a plain Tiptap editor bound to a story's shared document through
// /collab, with collaborators' carets, sending and showing carets as the dashboard's
// editor does (batched sends, caret awareness): the co-editing cost without the rest of
// the editor screen (the typing-latency bench times the whole screen).

import { HocuspocusProvider } from '@hocuspocus/provider';
import { Editor } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import { StarterKit } from '@tiptap/starter-kit';
import * as Y from 'yjs';
import { SEND_EVERY_MS } from '../../client/features/collab/batched-sends';
import { caretAwareness } from '../../client/features/collab/caret-awareness';
import { BODY_FIELD, COLLAB_PATH, storyDocumentName } from '../../shared/collab/story-doc';
import { HEADING_LEVELS } from '../../shared/editor/extensions';
import { Figure } from '../../shared/editor/figure';
import { ReadMore } from '../../shared/editor/read-more';
import { StoryLink } from '../../shared/editor/story-link';

const storyId = new URLSearchParams(location.search).get('story') ?? '';
const doc = new Y.Doc();
const provider = new HocuspocusProvider({
  url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${COLLAB_PATH}`,
  name: storyDocumentName(storyId),
  // The session cookie signs the connection in; the provider only needs a token to send.
  token: 'session-cookie',
  document: doc,
  // As the dashboard sends (client/features/collab/use-collab.ts).
  flushDelay: SEND_EVERY_MS,
});

// How long the page spends on each change from someone else (the Yjs transaction with
// its observers: Tiptap's binding turns it into a ProseMirror transaction and repaints).
const remote: number[] = [];
let remoteStarted = 0;
doc.on('beforeTransaction', (tr: Y.Transaction) => {
  if (!tr.local) remoteStarted = performance.now();
});
doc.on('afterTransaction', (tr: Y.Transaction) => {
  if (!tr.local && tr.changed.size > 0) remote.push(performance.now() - remoteStarted);
});
(window as unknown as { __remote: number[] }).__remote = remote;

provider.on('synced', () => {
  const editor = new Editor({
    element: document.querySelector('#editor') as HTMLElement,
    editorProps: { attributes: { class: 'story-body', lang: 'bn', 'aria-label': 'Story text' } },
    extensions: [
      // shared/editor's buildBodyExtensions, with Yjs's undo in place of ProseMirror's history.
      StarterKit.configure({
        heading: { levels: [...HEADING_LEVELS] },
        code: false,
        codeBlock: false,
        link: false,
        undoRedo: false,
      }),
      StoryLink,
      Figure,
      ReadMore,
      Collaboration.configure({ document: doc, field: BODY_FIELD }),
      // As the dashboard sets this tab's caret (client/features/collab/body-collab.ts).
      CollaborationCaret.configure({
        provider: { awareness: caretAwareness(provider.awareness as NonNullable<typeof provider.awareness>) },
        user: { name: 'বেঞ্চ', color: '#1b7f5b' },
      }),
    ],
  });
  (window as unknown as { __editor: Editor }).__editor = editor;
  document.body.dataset.ready = 'true';
});
