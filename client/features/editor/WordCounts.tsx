import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measureBody } from './body-counts';
import { whenIdle } from './idle';

const THROTTLE_MS = 400;

const measure = (editor: Editor) => measureBody(editor.state.doc);

/**
 * Live counts. Segmenting a long story on every keystroke would cost typing
 * latency, so counts follow the text at most every 400 ms while typing.
 */
export function WordCounts({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const [counts, setCounts] = useState(() => measure(editor));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onUpdate = () => {
      timer ??= setTimeout(() => {
        whenIdle(() => {
          timer = null;
          if (!editor.isDestroyed) setCounts(measure(editor));
        });
      }, THROTTLE_MS);
    };
    editor.on('update', onUpdate);
    setCounts(measure(editor));
    return () => {
      editor.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [editor]);
  return (
    <p className="word-counts" data-testid="word-counts">
      <span>{t('editor.counts.words', { count: counts.words })}</span>
      <span>{t('editor.counts.characters', { count: counts.characters })}</span>
      <span>{t('editor.counts.minutes', { count: counts.minutes })}</span>
    </p>
  );
}
