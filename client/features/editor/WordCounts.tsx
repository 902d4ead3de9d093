import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { toBengaliDigits } from '../../../shared/bn';
import { measureBody } from './body-counts';
import { whenIdle } from './idle';

const THROTTLE_MS = 400;

const measure = (editor: Editor) => measureBody(editor.state.doc);

/**
 * Live counts. Segmenting a long story on every keystroke would cost typing
 * latency, so counts follow the text at most every 400 ms while typing.
 */
export function WordCounts({ editor }: { editor: Editor }) {
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
      <span>
        {toBengaliDigits(counts.words)} শব্দ <span className="muted">({counts.words} words)</span>
      </span>
      <span>
        {toBengaliDigits(counts.characters)} অক্ষর <span className="muted">(characters)</span>
      </span>
      <span>
        {toBengaliDigits(counts.minutes)} মিনিট পড়া <span className="muted">(reading time)</span>
      </span>
    </p>
  );
}
