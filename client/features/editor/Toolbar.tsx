import type { Editor } from '@tiptap/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HEADING_LEVELS } from '../../../shared/editor';
import { HistoryIcon, LinkIcon, QuoteIcon } from '../../components/icons';
import type { en } from '../../i18n/en';
import { whenIdle } from './idle';

type ToolLabel = Exclude<
  keyof typeof en.editor.toolbar,
  'label' | 'link' | 'withKeys' | 'image' | 'insertImage'
>;

const mod = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

interface ButtonSpec {
  /** A key of editor.toolbar in the catalogs. */
  label: ToolLabel;
  params?: { level: number };
  /** What the button shows (its name is the label); an SVG where a glyph needs a symbol font. */
  text: ReactNode;
  keys: string;
  active?: (e: Editor) => boolean;
  run: (e: Editor) => void;
  can?: (e: Editor) => boolean;
}

const MARKS: ButtonSpec[] = [
  {
    label: 'bold',
    text: 'B',
    keys: `${mod}B`,
    active: (e) => e.isActive('bold'),
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    label: 'italic',
    text: 'I',
    keys: `${mod}I`,
    active: (e) => e.isActive('italic'),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    label: 'underline',
    text: 'U',
    keys: `${mod}U`,
    active: (e) => e.isActive('underline'),
    run: (e) => e.chain().focus().toggleUnderline().run(),
  },
  {
    label: 'strike',
    text: 'S',
    keys: `${mod}Shift+S`,
    active: (e) => e.isActive('strike'),
    run: (e) => e.chain().focus().toggleStrike().run(),
  },
];

const BLOCKS: ButtonSpec[] = [
  ...HEADING_LEVELS.map(
    (level): ButtonSpec => ({
      label: 'heading',
      params: { level },
      text: `H${level}`,
      keys: `${mod}Alt+${level}`,
      active: (e) => e.isActive('heading', { level }),
      run: (e) => e.chain().focus().toggleHeading({ level }).run(),
    }),
  ),
  {
    label: 'bulletList',
    text: '•',
    keys: `${mod}Shift+8`,
    active: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    label: 'orderedList',
    text: '1.',
    keys: `${mod}Shift+7`,
    active: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    label: 'quote',
    text: <QuoteIcon />,
    keys: `${mod}Shift+B`,
    active: (e) => e.isActive('blockquote'),
    run: (e) => e.chain().focus().toggleBlockquote().run(),
  },
  {
    label: 'rule',
    text: '―',
    keys: '---',
    run: (e) => e.chain().focus().setHorizontalRule().run(),
  },
];

const HISTORY: ButtonSpec[] = [
  {
    label: 'undo',
    text: <HistoryIcon />,
    keys: `${mod}Z`,
    run: (e) => e.chain().focus().undo().run(),
    can: (e) => e.can().undo(),
  },
  {
    label: 'redo',
    text: <HistoryIcon forward />,
    keys: `${mod}Shift+Z`,
    run: (e) => e.chain().focus().redo().run(),
    can: (e) => e.can().redo(),
  },
];

const TEXT_TOOLS: ButtonSpec[] = [
  {
    label: 'bijoy',
    text: 'বিজয়→ইউনি',
    keys: `${mod}Alt+B`,
    run: (e) => e.chain().focus().convertBijoySelection().run(),
    can: (e) => !e.state.selection.empty,
  },
];

const ALL = [...MARKS, ...BLOCKS, ...HISTORY, ...TEXT_TOOLS];

interface ToolbarState {
  active: string;
  enabled: string;
  link: boolean;
}

function readToolbarState(e: Editor): ToolbarState {
  return {
    active: ALL.map((b) => (b.active?.(e) ? 't' : 'f')).join(''),
    enabled: ALL.map((b) => (b.can?.(e) === false ? 'f' : 't')).join(''),
    link: e.isActive('link'),
  };
}

/** How late the buttons may follow the selection while the user types without a pause. */
const TOOLBAR_LAG_MS = 100;

/**
 * The buttons' pressed and enabled state. Reading it (a dozen isActive checks and a dry
 * run of undo and redo) inside every keystroke would delay that keystroke's paint, so a
 * change only marks it stale and it is read when the browser is idle, once per burst.
 */
function useToolbarState(editor: Editor): ToolbarState {
  const [state, setState] = useState(() => readToolbarState(editor));
  useEffect(() => {
    let stale = false;
    let live = true;
    const refresh = () => {
      stale = false;
      if (!live || editor.isDestroyed) return;
      const next = readToolbarState(editor);
      setState((prev) =>
        prev.active === next.active && prev.enabled === next.enabled && prev.link === next.link ? prev : next,
      );
    };
    const onTransaction = () => {
      if (stale) return;
      stale = true;
      whenIdle(refresh, TOOLBAR_LAG_MS);
    };
    editor.on('transaction', onTransaction);
    refresh();
    return () => {
      live = false;
      editor.off('transaction', onTransaction);
    };
  }, [editor]);
  return state;
}

/** Formatting buttons; their pressed state is read after the keystroke's paint, not during it. */
export function Toolbar({ editor, onLink }: { editor: Editor; onLink: () => void }) {
  const state = useToolbarState(editor);
  const { t } = useTranslation();
  const render = (spec: ButtonSpec) => {
    const index = ALL.indexOf(spec);
    const label = t(`editor.toolbar.${spec.label}`, spec.params ?? {});
    const pressed = spec.active ? state.active[index] === 't' : undefined;
    return (
      <button
        key={index}
        type="button"
        title={t('editor.toolbar.withKeys', { label, keys: spec.keys })}
        aria-pressed={pressed}
        disabled={state.enabled[index] === 'f'}
        // Keep the selection in the text: a toolbar click must not blur the editor.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => spec.run(editor)}
      >
        {/* The short glyph is decoration; the name read out is the full label. */}
        <span aria-hidden="true">{spec.text}</span>
        <span className="visually-hidden">{label}</span>
      </button>
    );
  };
  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar.label')}>
      <span className="group">{MARKS.map(render)}</span>
      <span className="group">
        <button
          type="button"
          title={t('editor.toolbar.withKeys', { label: t('editor.toolbar.link'), keys: `${mod}K` })}
          aria-pressed={state.link}
          onMouseDown={(event) => event.preventDefault()}
          onClick={onLink}
        >
          <LinkIcon />
          <span className="visually-hidden">{t('editor.toolbar.link')}</span>
        </button>
      </span>
      <span className="group">{BLOCKS.map(render)}</span>
      <span className="group">{HISTORY.map(render)}</span>
      <span className="group">{TEXT_TOOLS.map(render)}</span>
    </div>
  );
}
