import { lazy, Suspense } from 'react';
import { i18n } from '../../i18n';

// The editor (Tiptap, ProseMirror, diff) is its own chunk: the rest of the dashboard never loads it.
const LazyEditorScreen = lazy(() => import('./EditorScreen').then((m) => ({ default: m.EditorScreen })));

export function EditorRoute({ id }: { id: string }) {
  return (
    <Suspense fallback={<p className="page-loading">{i18n.t('editor.loadingEditor')}</p>}>
      <LazyEditorScreen id={id} />
    </Suspense>
  );
}
