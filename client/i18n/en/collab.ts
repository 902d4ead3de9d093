/** Co-editing in the story editor: presence, where the shared text is, refusals. */
export const collab = {
  saveTitle: 'Co-edited text is saved as it is typed: this waits until the story holds every change (Ctrl+S)',
  connecting: 'Connecting to the shared story…',
  presence: {
    label: 'In this story now',
    you: '{{name}} (you)',
    readOnly: '(watching, read-only)',
    watchingReadOnly: 'You are watching this story live, read-only: others’ changes appear as they type.',
  },
  status: {
    connecting: 'Connecting…',
    waiting_one: '{{count, number}} change waiting for the server…',
    waiting_other: '{{count, number}} changes waiting for the server…',
    onServer: 'All changes on the server; saving a revision…',
    upToDate: 'All changes on the server',
    refused: 'Co-editing stopped: see the message above.',
  },
  refusal: {
    title: 'Co-editing stopped.',
    fallback: 'Your text is kept here and saved the usual way, one editor at a time.',
    readOnly:
      'You may now only read this story: what you typed is kept on this device, and nothing more is sent.',
  },
  /** Copies left by closed or crashed tabs that the server did not take (see sweep-closed-copies.ts). */
  closedTab: {
    title: 'Not saved yet',
    waiting: 'Text typed in a closed tab on this device is waiting to be saved: “{{headline}}”.',
    untitled: 'a story without a headline',
    readOnly: 'You may only read this story now; open it to copy the text.',
    open: 'Open the story',
  },
};
