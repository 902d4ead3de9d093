import type { Editor } from '@tiptap/core';
import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether the editor takes input now, re-read when that changes. The story becomes
 * editable once its lock is held, without any transaction (setEditable emits nothing),
 * so node views follow the editor element's contenteditable attribute instead.
 */
export function useEditorEditable(editor: Editor): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (editor.isDestroyed) return () => {};
      const observer = new MutationObserver(onChange);
      observer.observe(editor.view.dom, { attributes: true, attributeFilter: ['contenteditable'] });
      return () => observer.disconnect();
    },
    [editor],
  );
  return useSyncExternalStore(subscribe, () => !editor.isDestroyed && editor.isEditable);
}
